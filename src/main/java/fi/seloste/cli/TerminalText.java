package fi.seloste.cli;

/**
 * Text made safe for a terminal. Owner text and file names come from client files that anyone may have sent: an
 * escape sequence in them could retitle the window, clear the screen, print a fake line or hide what follows. So
 * every control character (C0, DEL, C1) and every bidi control is shown as an escape ({@code \e}, {@code \r},
 * {@code \u202e}), visible and harmless. A backslash stays as it is (Windows paths), so escaping twice changes
 * nothing.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escape(String text) {
        if (text.codePoints().noneMatch(TerminalText::needsEscape)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (!needsEscape(c)) {
                safe.appendCodePoint(c);
            } else if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\t') {
                safe.append("\\t");
            } else if (c == 0x1B) {
                safe.append("\\e");
            } else {
                safe.append(String.format("\\u%04x", c));
            }
        });
        return safe.toString();
    }

    /** Text of several lines, each escaped: the line breaks between them stay. */
    static String escapeLines(String text) {
        String separator = System.lineSeparator();
        StringBuilder safe = new StringBuilder(text.length());
        int start = 0;
        for (int end = text.indexOf(separator); end >= 0; end = text.indexOf(separator, start)) {
            safe.append(escape(text.substring(start, end))).append(separator);
            start = end + separator.length();
        }
        return safe.append(escape(text.substring(start))).toString();
    }

    private static boolean needsEscape(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x061C || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
