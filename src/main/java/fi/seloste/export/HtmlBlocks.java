package fi.seloste.export;

import fi.seloste.domain.Language;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Items;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Paragraph;
import fi.seloste.export.Section.Text;

/** The outline's paragraphs and lists as HTML; owner text in another language than the notice's carries its lang. */
final class HtmlBlocks {

    private HtmlBlocks() {
    }

    /** A paragraph or a list; newlines only between the parts of a document, not inside a table cell. */
    static void block(HtmlWriter html, Block block, Language language, boolean newlines) {
        if (block instanceof Paragraph p) {
            paragraph(html, p.line(), language);
        } else if (block instanceof Items items && !items.lines().isEmpty()) {
            html.raw("<ul>");
            if (newlines) {
                html.newline();
            }
            for (Line item : items.lines()) {
                html.raw("<li>");
                line(html, item, language);
                html.raw("</li>");
                if (newlines) {
                    html.newline();
                }
            }
            html.raw("</ul>");
            if (newlines) {
                html.newline();
            }
        }
    }

    /**
     * Owner text may hold line breaks: a blank line starts a new paragraph, a single one is a line break. A line
     * that mixes fixed wording and owner text stays one paragraph.
     */
    static void paragraph(HtmlWriter html, Line line, Language language) {
        if (line.parts().size() != 1) {
            html.raw("<p>");
            line(html, line, language);
            html.raw("</p>").newline();
            return;
        }
        Text only = line.parts().get(0);
        for (String part : only.value().replace("\r\n", "\n").split("\n[ \t]*\n")) {
            if (!part.isBlank()) {
                html.raw("<p>");
                text(html, new Text(part.strip(), only.lang()), language);
                html.raw("</p>").newline();
            }
        }
    }

    static void paragraph(HtmlWriter html, String text) {
        paragraph(html, Line.of(text), null);
    }

    /** The runs of a line; a run in another language than the notice's is marked with its lang. */
    static void line(HtmlWriter html, Line line, Language language) {
        for (Text t : line.parts()) {
            text(html, t, language);
        }
    }

    private static void text(HtmlWriter html, Text t, Language language) {
        boolean foreign = t.lang() != null && t.lang() != language;
        if (foreign) {
            html.open("span", "lang", t.lang().tag());
        }
        lines(html, t.value());
        if (foreign) {
            html.close("span");
        }
    }

    static void lines(HtmlWriter html, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                html.raw("<br />");
            }
            html.text(lines[i]);
        }
    }
}
