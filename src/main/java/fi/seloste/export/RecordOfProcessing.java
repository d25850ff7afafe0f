package fi.seloste.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;

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
        NoticeMeta m = meta == null ? NoticeMeta.NONE : meta;
        return NoticeHtml.page(w, title, w.text("record.description"), fonts, m.draft(), html -> {
            html.open("section", "class", "seloste-notice", "lang", language.tag()).newline();
            if (m.draft()) {
                html.open("p", "class", "seloste-draft").element("strong", w.text("draft.banner")).close("p").newline();
            }
            html.element("h1", title).newline();
            html.element("p", w.text("record.intro")).newline();
            table(html, w.text("section.controller"), NoticeOutline.parties(notice, w), w);
            for (Register register : notice.registers()) {
                Section section = RegisterOutline.of(notice, register, w);
                List<Section> rows = new ArrayList<>(section.subsections());
                Section systems = systems(register, w);
                if (!systems.blocks().isEmpty()) {
                    rows.add(systems);
                }
                table(html, section.title(), rows, w);
            }
            NoticeHtml.footer(html, notice.settings(), m, w);
            html.close("section").newline();
        });
    }

    /** Art. 30 and the catalogue: each system with its vendor, role, where the data is and the vendor's privacy page. */
    private static Section systems(Register register, NoticeWording w) {
        List<Section.Line> lines = new ArrayList<>();
        for (SystemUse s : register.systems()) {
            LineBuilder line = new LineBuilder().add(CatalogueNames.name(s, w.language()));
            labelled(line, w, "record.vendor", CatalogueNames.vendor(s, w.language()));
            labelled(line, w, "record.role", w.of(s.role()));
            labelled(line, w, "record.storage", CatalogueNames.storage(s, w.language()));
            labelled(line, w, "record.privacyUrl", s.privacyUrl());
            lines.add(line.build());
        }
        List<Section.Block> blocks = new ArrayList<>();
        Blocks.items(blocks, lines);
        return new Section(w.text("record.systems"), blocks, List.of());
    }

    private static void labelled(LineBuilder line, NoticeWording w, String key, String value) {
        if (!value.isBlank()) {
            line.add(line.isBlank() ? "" : "\n").add(w.text(key, value));
        }
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
                HtmlBlocks.block(html, block, w.language(), false);
            }
            html.raw("</td></tr>").newline();
        }
        html.raw("</tbody>").newline();
        html.close("table").newline();
    }
}
