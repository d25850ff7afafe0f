package fi.seloste.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.export.record.RecordContent;
import fi.seloste.export.record.RecordItem;
import fi.seloste.export.record.RecordRegister;
import fi.seloste.export.record.RecordWording;

/**
 * The internal record of processing activities (GDPR Art. 30(1), seloste käsittelytoimista) as HTML or archival PDF
 * (PDF/A-3u, PDF/UA): a heading, the controller part as a table, then a table per register with a row per item of
 * {@link RecordContent}, built from the notice and the {@link ProcessingRecord}, never from the notice's text.
 * Given to the supervisory authority on request; never published.
 */
public final class RecordOfProcessing {

    /**
     * On paper the column headings repeat on every page a table goes on to, a row stays on one page when it fits,
     * and a heading stays with its table; lists in a cell keep to the cell.
     */
    private static final String CSS = """
            table.seloste-record { -fs-table-paginate: paginate; }
            table.seloste-record thead { display: table-header-group; }
            table.seloste-record tr { page-break-inside: avoid; }
            table.seloste-record td p { margin: 0; }
            table.seloste-record td ul { margin: 0; padding-left: 1.1em; }
            table.seloste-record td li { margin: 0 0 0.25em 0; }
            @media print { h2 { page-break-after: avoid; } }
            """;

    private RecordOfProcessing() {
    }

    /** The record with nothing entered beyond the notice ({@link ProcessingRecord#EMPTY}). */
    public static String html(Notice notice, Language language, NoticeMeta meta) {
        return html(notice, ProcessingRecord.EMPTY, language, meta);
    }

    public static String html(Notice notice, ProcessingRecord record, Language language, NoticeMeta meta) {
        return page(RecordContent.of(notice, record, language, meta), NoticeHtml.WEB_FONTS);
    }

    /** The record with nothing entered beyond the notice ({@link ProcessingRecord#EMPTY}). */
    public static byte[] pdf(Notice notice, Language language, NoticeMeta meta) {
        return pdf(notice, ProcessingRecord.EMPTY, language, meta);
    }

    public static byte[] pdf(Notice notice, ProcessingRecord record, Language language, NoticeMeta meta) {
        NoticeMeta m = meta == null ? NoticeMeta.NONE : meta;
        try {
            return NoticePdf.render(page(RecordContent.of(notice, record, language, m), NoticeHtml.PDF_FONTS), m.date());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the record of processing as PDF", e);
        }
    }

    public static String title(Notice notice, Language language) {
        RecordWording w = new RecordWording(language);
        String name = notice.controller().name().strip();
        return name.isEmpty() ? w.word("title") : w.word("title") + " – " + name;
    }

    private static String page(RecordContent content, String fonts) {
        NoticeWording w = new NoticeWording(content.language());
        return NoticeHtml.page(w, content.title(), content.description(), fonts, content.draft(), CSS, html -> {
            html.open("section", "class", NoticeHtml.NOTICE_CLASS, "lang", content.language().tag()).newline();
            if (content.draft()) {
                html.open("p", "class", "seloste-draft").element("strong", w.text("draft.banner")).close("p").newline();
            }
            html.element("h1", content.title()).newline();
            html.element("p", content.intro()).newline();
            table(html, content.controllerHeading(), content.controller(), content);
            for (RecordRegister register : content.registers()) {
                table(html, register.name(), register.items(), content);
            }
            if (!content.footer().isEmpty()) {
                html.raw("<footer class=\"seloste-footer\">").element("p", content.footer()).raw("</footer>").newline();
            }
            html.close("section").newline();
        });
    }

    /** A two-column table, a row per item: its label as the row header, its lines in the cell. */
    private static void table(HtmlWriter html, String heading, List<RecordItem> items, RecordContent content) {
        html.element("h2", heading).newline();
        if (items.isEmpty()) {
            return;
        }
        html.open("table", "class", "seloste-record").newline();
        html.raw("<thead><tr>").open("th", "scope", "col").text(content.partColumn()).close("th")
                .open("th", "scope", "col").text(content.contentColumn()).close("th").raw("</tr></thead>").newline();
        html.raw("<tbody>").newline();
        for (RecordItem item : items) {
            html.open("tr", "data-item", item.key()).open("th", "scope", "row").text(item.label()).close("th").raw("<td>");
            if (item.lines().size() == 1) {
                html.element("p", item.lines().get(0));
            } else {
                html.raw("<ul>");
                for (String line : item.lines()) {
                    html.element("li", line);
                }
                html.raw("</ul>");
            }
            html.raw("</td></tr>").newline();
        }
        html.raw("</tbody>").newline();
        html.close("table").newline();
    }
}
