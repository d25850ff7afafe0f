package fi.seloste.export;

/**
 * A small writer for polyglot HTML5 (valid HTML5 that is also well-formed XML, which openhtmltopdf needs). Text and
 * attribute values always go through {@link #escape}: owner input can never become markup.
 */
final class HtmlWriter {

    private final StringBuilder out = new StringBuilder(8192);

    /** Markup the caller wrote itself; never owner input. */
    HtmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    HtmlWriter text(String text) {
        escape(text, out);
        return this;
    }

    /** {@code <tag attr="value" ...>} with every value escaped; pairs of name, value. */
    HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], out);
            out.append('"');
        }
        out.append('>');
        return this;
    }

    HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    HtmlWriter element(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(text, b);
        return b.toString();
    }

    /**
     * Escapes &amp; &lt; &gt; &quot; and &#39;, and drops what neither HTML nor XML allows in text: control characters
     * other than tab, line feed and carriage return, unpaired surrogates and the non-characters U+FFFE/U+FFFF.
     */
    static void escape(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> {
                    // Line ends are written as \n only.
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        }
                    } else if (c >= 0x20 && !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF
                            && !(c >= 0x7F && c <= 0x9F)) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
