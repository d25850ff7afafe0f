package fi.seloste.oldnotice;

import java.util.ArrayList;
import java.util.List;

/**
 * A notice's text as paragraphs. A blank line ends one; so does a line that ends a sentence or a label, or a short
 * line followed by one that starts with a capital (a heading, a line of an address). A long line not ended is a line
 * wrapped by a PDF or a mail program, and goes on in the next.
 */
final class Paragraphs {

    /** Shorter lines are whole lines of their own (a heading, a name, an address) when the next starts anew. */
    private static final int WRAPPED_LINE = 60;

    private Paragraphs() {
    }

    static List<String> of(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('\t', ' ')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\f', '\n');
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        boolean blank = false;
        boolean inList = false;
        for (String raw : normal.split("\n", -1)) {
            String line = raw.strip().replaceAll(" {2,}", " ");
            if (line.isEmpty()) {
                blank = previous != null || blank;
                continue;
            }
            if (blank && previous != null && !continuesAcrossPage(previous, line)) {
                flush(current, paragraphs);
                previous = null;
            }
            blank = false;
            // "…for the following purposes:" and then one item a line in small letters, without bullets: each an item.
            inList = previous != null && (previous.endsWith(":") || inList) && isUnmarkedItem(line);
            if (inList) {
                flush(current, paragraphs);
                current.append("• ").append(line);
            } else if (previous != null && continues(previous, line)) {
                current.append(previous.endsWith("-") && !previous.endsWith(" -") ? "" : " ").append(line);
            } else {
                flush(current, paragraphs);
                current.append(line);
            }
            previous = line;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** A short line in small letters that ends no sentence: an item of a list typed without bullets. */
    private static boolean isUnmarkedItem(String line) {
        return line.length() <= WRAPPED_LINE && Character.isLowerCase(line.charAt(0)) && ".:;,".indexOf(line.charAt(line.length() - 1)) < 0
                && !ContactPatterns.EMAIL.matcher(line).find() && !ContactPatterns.WEBSITE.matcher(line).lookingAt();
    }

    private static boolean continues(String previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        if (".:!?;".indexOf(last) >= 0 || isBullet(line) || startsAnew(previous, line)) {
            return false;
        }
        char first = line.charAt(0);
        // A numbered heading wrapped by a PDF goes on in lower case; its section's first sentence starts anew.
        return Character.isLowerCase(first) || previous.length() > WRAPPED_LINE && !NUMBERED.matcher(previous).matches();
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s+\\p{L}.*");
    private static final java.util.regex.Pattern LABEL_LINE = java.util.regex.Pattern.compile("^[^:]{2,40}:\\s+\\S.{0,60}$");

    /**
     * A numbered heading, a short "label: value" line, and a line that begins with an email address, a web address
     * or a phone number each stand alone, as in a notice typed with one item a line and no blank lines.
     */
    private static boolean startsAnew(String previous, String line) {
        return NUMBERED.matcher(line).matches()
                || LABEL_LINE.matcher(previous).matches()
                || ContactPatterns.EMAIL.matcher(line).lookingAt() || ContactPatterns.WEBSITE.matcher(line).lookingAt()
                || ContactPatterns.PHONE.matcher(line).lookingAt();
    }

    /** A page break in a PDF leaves blank lines inside a sentence: the sentence goes on in lower case. */
    private static boolean continuesAcrossPage(String previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        return ".:!?;".indexOf(last) < 0 && Character.isLowerCase(line.charAt(0)) && previous.length() > WRAPPED_LINE;
    }

    static boolean isBullet(String line) {
        return line.startsWith("•") || line.startsWith("- ") || line.startsWith("* ") || line.startsWith("– ")
                || line.startsWith("·") || line.startsWith("▪") || line.startsWith("o ");
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString().strip());
            current.setLength(0);
        }
    }
}
