package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import fi.seloste.export.Section.Text;

/** Sentences of fixed and owner text, so that the notice never says the same sentence twice in a row. */
final class Sentences {

    /** A sentence ends at . ! or ? followed by white space; "2:10 §" or "6(1)(a)" do not end one. */
    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> result = new ArrayList<>();
        for (String s : END.split(text.strip())) {
            if (!s.isBlank()) {
                result.add(s.strip());
            }
        }
        return result;
    }

    /** Two sentences say the same when they differ only in case, spacing or the closing full stop. */
    static String normalized(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ").replaceAll("[.!?:;]+$", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The fixed wording followed by the owner's text, each said once: when her text already begins with the fixed
     * words ("asiakassuhteen ajan, jonka jälkeen…") only hers is printed, and her opening sentences that repeat the
     * fixed sentence are dropped. separator goes between the two.
     */
    static Section.Line merge(String fixed, Text owner, String separator) {
        LineBuilder line = new LineBuilder();
        String own = normalized(owner.value());
        String words = normalized(fixed);
        if (!words.isEmpty() && own.startsWith(words)
                && (own.length() == words.length() || !Character.isLetterOrDigit(own.charAt(words.length())))) {
            return line.add(owner).build();
        }
        Text rest = withoutLeading(owner, fixed);
        line.add(fixed);
        if (!rest.value().isBlank()) {
            line.add(fixed.isBlank() ? "" : separator).add(rest);
        }
        return line.build();
    }

    /** The owner's text without its opening sentences that repeat the fixed sentence printed just before it. */
    static Text withoutLeading(Text owner, String fixed) {
        List<String> fixedSentences = of(fixed);
        if (fixedSentences.isEmpty()) {
            return owner;
        }
        String last = normalized(fixedSentences.get(fixedSentences.size() - 1));
        List<String> ownSentences = of(owner.value());
        int drop = 0;
        while (drop < ownSentences.size() && normalized(ownSentences.get(drop)).equals(last)) {
            drop++;
        }
        if (drop == 0) {
            return owner;
        }
        return new Text(String.join(" ", ownSentences.subList(drop, ownSentences.size())), owner.lang());
    }
}
