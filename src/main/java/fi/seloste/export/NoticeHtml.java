package fi.seloste.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.export.Section.Block;

/**
 * The notice as HTML, from {@link NoticeOutline}: a standalone HTML5 document (inline CSS only, no scripts, no
 * external requests; readable on a phone and in print) or a fragment for pasting into a website. The PDF is
 * rendered from the same document ({@link NoticePdf}), so the two never disagree. The markup is polyglot (also
 * well-formed XML) because openhtmltopdf parses it as XML. Owner text is always escaped ({@link HtmlWriter}).
 */
public final class NoticeHtml {

    /** The CSS class of the element that holds the whole notice, in the document and in the fragment. */
    public static final String NOTICE_CLASS = "seloste-notice";

    /** Fonts a browser has; DejaVu Sans last so that a system that has it but none of the others still uses it. */
    static final String WEB_FONTS =
            "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"DejaVu Sans\", sans-serif";
    /** In the PDF only the embedded font: a fallback to a PDF base font would not be embedded (PDF/A forbids it). */
    static final String PDF_FONT_FAMILY = "DejaVu Sans";
    /** Emoji DejaVu Sans lacks, drawn in black and white; only where DejaVu has no glyph for a character. */
    static final String PDF_EMOJI_FAMILY = "Noto Emoji";
    /** The font-family of the PDF: both embedded fonts, DejaVu first. */
    static final String PDF_FONTS = "\"" + PDF_FONT_FAMILY + "\", \"" + PDF_EMOJI_FAMILY + "\"";

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private NoticeHtml() {
    }

    /** A standalone HTML5 document: {@code <!DOCTYPE html>}, lang, charset, viewport, title, inline CSS. */
    public static String document(Notice notice, Language language, NoticeMeta meta) {
        return document(notice, language, meta, WEB_FONTS, false);
    }

    /** The notice for pasting into a web page: {@code <section class="seloste-notice" lang="..">…</section>}. */
    public static String fragment(Notice notice, Language language, NoticeMeta meta) {
        NoticeWording w = new NoticeWording(language);
        HtmlWriter html = new HtmlWriter();
        notice(html, notice, NoticeOutline.of(notice, language), w, title(notice, w), meta, false);
        return html.toString();
    }

    /** "Tietosuojaseloste – Flowest": the document title, also the PDF's title. */
    public static String title(Notice notice, Language language) {
        return title(notice, new NoticeWording(language));
    }

    /** The same document with the embedded font only, for {@link NoticePdf}. */
    static String documentForPdf(Notice notice, Language language, NoticeMeta meta) {
        return document(notice, language, meta, PDF_FONTS, true);
    }

    private static String document(Notice notice, Language language, NoticeMeta meta, String fonts, boolean forPrint) {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(language, "language");
        NoticeWording w = new NoticeWording(language);
        String title = title(notice, w);
        boolean draft = meta != null && meta.draft();
        return page(w, title, w.text("document.description"), fonts, draft,
                html -> notice(html, notice, NoticeOutline.of(notice, language), w, title, meta, forPrint));
    }

    /** A standalone page around a body: lang, charset, viewport, title, description, the shared inline CSS. */
    static String page(NoticeWording w, String title, String description, String fonts, Consumer<HtmlWriter> body) {
        return page(w, title, description, fonts, false, body);
    }

    /** The same, and for a draft the draft banner in the top margin of every printed page. */
    static String page(NoticeWording w, String title, String description, String fonts, boolean draft,
                       Consumer<HtmlWriter> body) {
        return page(w, title, description, fonts, draft, "", body);
    }

    /** The same with a document's own rules after the shared CSS (the record's paginated tables). */
    static String page(NoticeWording w, String title, String description, String fonts, boolean draft, String css,
                       Consumer<HtmlWriter> body) {
        HtmlWriter html = new HtmlWriter();
        html.raw("<!DOCTYPE html>").newline();
        html.open("html", "lang", w.language().tag()).newline();
        html.raw("<head>").newline();
        html.raw("<meta charset=\"utf-8\" />").newline();
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />").newline();
        html.element("title", title).newline();
        html.raw("<meta name=\"description\" content=\"").text(description).raw("\" />").newline();
        // openhtmltopdf takes the PDF's Subject and dc:description (which PDF/UA wants) from this one.
        html.raw("<meta name=\"subject\" content=\"").text(description).raw("\" />").newline();
        html.raw("<style>").newline().raw(css(fonts, w, draft)).raw(css).raw("</style>").newline();
        html.raw("</head>").newline();
        html.raw("<body>").newline();
        html.raw("<main>").newline();
        body.accept(html);
        html.raw("</main>").newline();
        html.raw("</body>").newline();
        html.raw("</html>").newline();
        return html.toString();
    }

    private static String title(Notice notice, NoticeWording w) {
        String name = notice.controller().name().strip();
        String title = w.text("document.title");
        return name.isEmpty() ? title : title + " – " + name;
    }

    private static void notice(HtmlWriter html, Notice notice, List<Section> sections, NoticeWording w, String title,
                               NoticeMeta meta, boolean forPrint) {
        NoticeMeta m = meta == null ? NoticeMeta.NONE : meta;
        html.open("section", "class", NOTICE_CLASS, "lang", w.language().tag()).newline();
        if (m.draft()) {
            html.open("p", "class", "seloste-draft").element("strong", w.text("draft.banner")).close("p").newline();
        }
        html.element("h1", title).newline();
        for (Section section : sections) {
            section(html, section, 2, w.language());
        }
        if (m.signOff() != null) {
            SignOffBlock.write(html, m, w, forPrint);
        }
        footer(html, notice.settings(), m, w);
        html.close("section").newline();
    }

    private static void section(HtmlWriter html, Section section, int level, Language language) {
        String heading = "h" + Math.min(level, 6);
        html.raw("<section>").newline();
        html.element(heading, section.title()).newline();
        for (Block block : section.blocks()) {
            HtmlBlocks.block(html, block, language, true);
        }
        for (Section sub : section.subsections()) {
            section(html, sub, level + 1, language);
        }
        html.raw("</section>").newline();
    }

    /** The footer: when the notice was drawn up and last updated, and its version; nothing when none is known. */
    static void footer(HtmlWriter html, NoticeSettings settings, NoticeMeta meta, NoticeWording w) {
        String footer = footer(settings, meta, w);
        if (!footer.isEmpty()) {
            html.raw("<footer class=\"seloste-footer\">").element("p", footer).raw("</footer>").newline();
        }
    }

    static String footer(NoticeSettings settings, NoticeMeta meta, NoticeWording w) {
        DateTimeFormatter format = w.language() == Language.EN ? ENGLISH_DATE : FINNISH_DATE;
        List<String> parts = new ArrayList<>();
        LocalDate drawnUp = settings.drawnUp();
        LocalDate updated = settings.lastUpdated() != null ? settings.lastUpdated() : meta.date();
        if (drawnUp != null) {
            parts.add(w.text("footer.drawnUp", drawnUp.format(format)));
        }
        if (updated != null && !updated.equals(drawnUp)) {
            parts.add(w.text("footer.updated", updated.format(format)));
        }
        if (meta.version() != null) {
            parts.add(w.text("footer.version", String.valueOf(meta.version())));
        }
        return parts.isEmpty() ? "" : capitalise(String.join(" · ", parts));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * Dark text on white (contrast at least 12:1; grey rules #767676 are 4.5:1), relative sizes so that the page
     * zooms, one narrow column on a phone, A4 with page numbers in print.
     */
    private static String css(String fonts, NoticeWording w, boolean draft) {
        return """
                html { background: #ffffff; }
                body { margin: 0; padding: 1em; background: #ffffff; color: #1a1a1a; font-family: %1$s;
                  font-size: 100%%; line-height: 1.5; }
                main, section, footer { display: block; }
                .seloste-notice { max-width: 46em; margin: 0 auto; word-wrap: break-word; }
                h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 0.8em 0; }
                h2 { font-size: 1.25em; line-height: 1.3; margin: 1.5em 0 0.5em 0; padding-bottom: 0.15em;
                  border-bottom: 1px solid #767676; }
                h3 { font-size: 1.05em; line-height: 1.3; margin: 1.2em 0 0.4em 0; }
                h1, h2, h3 { color: #000000; font-weight: bold; }
                p { margin: 0 0 0.6em 0; }
                ul { margin: 0 0 0.8em 0; padding-left: 1.4em; }
                li { margin: 0.2em 0; }
                table.seloste-record { border-collapse: collapse; width: 100%%; margin: 0.5em 0 1.5em 0; }
                table.seloste-record th, table.seloste-record td { border: 1px solid #767676; padding: 0.3em 0.5em;
                  vertical-align: top; text-align: left; }
                table.seloste-record th[scope="row"] { width: 30%%; }
                .seloste-signoff { margin-top: 2em; padding: 0.6em 0.8em; border: 1px solid #767676; }
                .seloste-signoff .fingerprint { font-size: 0.85em; }
                .seloste-signoff .signature { margin-top: 2.5em; border-top: 1px solid #222222; width: 60%%; padding-top: 0.2em; }
                .seloste-draft { margin: 0 0 1em 0; padding: 0.5em 0.8em; border: 2px solid #000000; color: #000000; }
                .seloste-footer { margin-top: 2em; padding-top: 0.5em; border-top: 1px solid #767676; color: #333333;
                  font-size: 0.875em; }
                @page {
                  size: A4;
                  margin: 20mm 18mm 22mm 18mm;
                  @bottom-center { content: %2$s; font-family: %1$s; font-size: 9pt; color: #333333; }%3$s
                }
                @media print {
                  body { padding: 0; font-size: 10.5pt; }
                  .seloste-notice { max-width: none; }
                  h2, h3 { page-break-after: avoid; }
                  p, li { orphans: 3; widows: 3; }
                }
                """.formatted(fonts, pageNumberContent(w), draft ? draftHeader(fonts, w) : "");
    }

    /** The draft banner in the top margin of every page (a CSS margin box, which openhtmltopdf draws). */
    private static String draftHeader(String fonts, NoticeWording w) {
        StringBuilder content = new StringBuilder();
        appendCssString(content, new StringBuilder(w.text("draft.banner")));
        return "\n  @top-center { content: " + content + "; font-family: " + fonts
                + "; font-size: 9pt; font-weight: bold; color: #000000; }";
    }

    /** "sivu " counter(page) " / " counter(pages), from the bundle's pdf.pageNumber pattern. */
    static String pageNumberContent(NoticeWording w) {
        String pattern = w.text("pdf.pageNumber", "\u0001", "\u0002");
        StringBuilder content = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\u0001' || c == '\u0002') {
                appendCssString(content, literal);
                content.append(content.length() == 0 ? "" : " ").append(c == '\u0001' ? "counter(page)" : "counter(pages)");
            } else {
                literal.append(c);
            }
        }
        appendCssString(content, literal);
        return content.toString();
    }

    private static void appendCssString(StringBuilder content, StringBuilder literal) {
        if (literal.length() == 0) {
            return;
        }
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c == '<' || c == '>' || c == '&') {
                s.append(String.format(Locale.ROOT, "\\%x ", (int) c));
            } else {
                s.append(c);
            }
        }
        content.append(content.length() == 0 ? "" : " ").append(s).append('"');
        literal.setLength(0);
    }
}
