package fi.seloste.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;

/**
 * The internal record of processing activities (GDPR Art. 30, seloste käsittelytoimista): the controller, then one
 * table per register with the same content as the notice (purposes, people and data, sources, recipients and
 * transfers, retention, security), as HTML or archival PDF. Given to the authority on request.
 */
public final class RecordOfProcessing {

    private RecordOfProcessing() {
    }

    public static String html(Notice notice, Language language, NoticeMeta meta) {
        return page(notice, language, meta, NoticeHtml.WEB_FONTS);
    }

    public static byte[] pdf(Notice notice, Language language, NoticeMeta meta) {
        NoticeMeta m = meta == null ? NoticeMeta.NONE : meta;
        try {
            return NoticePdf.render(page(notice, language, m, NoticeHtml.PDF_FONTS), m.date());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the record of processing as PDF", e);
        }
    }

    public static String title(Notice notice, Language language) {
        NoticeWording w = new NoticeWording(language);
        String name = notice.controller().name().strip();
        return name.isEmpty() ? w.text("record.title") : w.text("record.title") + " – " + name;
    }

    private static String page(Notice notice, Language language, NoticeMeta meta, String fonts) {
        NoticeWording w = new NoticeWording(language);
        String title = title(notice, language);
        List<Section> outline = NoticeOutline.of(notice, language);
        return NoticeHtml.page(w, title, w.text("record.description"), fonts, html -> {
            html.open("section", "class", "seloste-notice", "lang", language.tag()).newline();
            html.element("h1", title).newline();
            html.element("p", w.text("record.intro")).newline();
            String registerPrefix = w.text("section.register", "");
            List<Section> parties = outline.stream()
                    .filter(x -> !x.title().startsWith(registerPrefix) && !x.title().equals(w.text("section.rights"))
                            && !x.title().equals(w.text("section.introduction")))
                    .toList();
            table(html, w.text("section.controller"), parties, w);
            for (Section section : outline) {
                if (section.title().startsWith(registerPrefix)) {
                    table(html, section.title(), section.subsections(), w);
                }
            }
            String footer = NoticeHtml.footer(meta == null ? NoticeMeta.NONE : meta, w);
            if (!footer.isEmpty()) {
                html.raw("<footer class=\"seloste-footer\">").element("p", footer).raw("</footer>").newline();
            }
            html.close("section").newline();
        });
    }


    /** A two-column table, a row per part: the part's name as the row header, its content in the cell. */
    private static void table(HtmlWriter html, String heading, List<Section> rows, NoticeWording w) {
        html.element("h2", heading).newline();
        html.open("table", "class", "seloste-record").newline();
        html.raw("<thead><tr>").open("th", "scope", "col").text(w.text("record.column.part")).close("th")
                .open("th", "scope", "col").text(w.text("record.column.content")).close("th").raw("</tr></thead>").newline();
        html.raw("<tbody>").newline();
        for (Section row : rows) {
            html.raw("<tr>").open("th", "scope", "row").text(row.title()).close("th").raw("<td>");
            for (Section.Block block : row.blocks()) {
                if (block instanceof Section.Paragraph p) {
                    NoticeHtml.paragraph(html, p.text());
                } else if (block instanceof Section.Items items && !items.items().isEmpty()) {
                    html.raw("<ul>");
                    for (String item : items.items()) {
                        html.raw("<li>");
                        NoticeHtml.lines(html, item);
                        html.raw("</li>");
                    }
                    html.raw("</ul>");
                }
            }
            html.raw("</td></tr>").newline();
        }
        html.raw("</tbody>").newline();
        html.close("table").newline();
    }
}
