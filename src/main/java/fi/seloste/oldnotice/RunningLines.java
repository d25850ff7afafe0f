package fi.seloste.oldnotice;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines a word processor repeats at the top or the bottom of every page of a PDF (a header, a footer, "Sivu 2 / 3")
 * are no part of the notice's text, and in the middle of a sentence broken across pages they would end it. A line is
 * such when it is the first (or last) line with text on every page of two or more, the same on each, or the same but
 * for its numbers with the page's own number among them ("Yritys Oy – 2 / 3"), not "Rivi 51" and "Rivi 70"; a
 * line that is only a page number ("3", "Sivu 3 / 4", "Sida 3 av 4", "Page 3 of 4", "- 3 -") is one on any page.
 */
final class RunningLines {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*(?:(?:sivu|sida|page|s\\.)\\s*)?[-–]?\\s*\\d{1,3}\\s*[-–]?\\s*(?:(?:/|of|av|\\()\\s*\\d{1,3}\\s*\\)?)?\\s*$");
    /** Enough for a header of a name and a date, or a footer of an address and a page number. */
    private static final int MOST_REPEATED = 2;

    private RunningLines() {
    }

    static void remove(List<List<String>> pages) {
        for (int round = 0; round < MOST_REPEATED && pages.size() >= 2 && repeated(pages, true); round++) {
            pages.forEach(lines -> lines.remove(edge(lines, true)));
        }
        for (int round = 0; round < MOST_REPEATED && pages.size() >= 2 && repeated(pages, false); round++) {
            pages.forEach(lines -> lines.remove(edge(lines, false)));
        }
        for (List<String> lines : pages) {
            for (boolean top : new boolean[] {true, false}) {
                int i = edge(lines, top);
                if (i >= 0 && PAGE_NUMBER.matcher(lines.get(i)).matches()) {
                    lines.remove(i);
                }
            }
        }
    }

    private static boolean repeated(List<List<String>> pages, boolean top) {
        String first = null;
        boolean same = true;
        boolean numbered = true;
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page);
            int i = edge(lines, top);
            if (i < 0) {
                return false;
            }
            String line = lines.get(i).strip();
            String masked = line.replaceAll("\\d+", "#");
            if (first == null) {
                first = line;
            } else if (!first.equals(line)) {
                same = false;
            }
            numbered &= masked.equals(first.replaceAll("\\d+", "#")) && line.matches(".*(?<!\\d)" + (page + 1) + "(?!\\d).*");
        }
        return same || numbered;
    }

    /** The index of the first (top) or last line with text on the page, or -1. */
    private static int edge(List<String> lines, boolean top) {
        if (top) {
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    return i;
                }
            }
        } else {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
