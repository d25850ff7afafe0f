package fi.seloste.oldnotice;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Entities;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A notice's text saved as a Word document, a web page or a PDF, as a person would have made it from the same text.
 * Word: a paragraph per line (Enter), an empty paragraph per blank line, "• " lines as a real bulleted list
 * (numbering.xml), and a block of label lines padded with spaces ("Nimi:      Yritys Oy") as a two-column table.
 * Web page: as a CMS makes typed text (WordPress's autop): a blank-line block a &lt;p&gt; with &lt;br&gt; between its
 * lines, a one-line block that is a heading by the rule of {@link #isHeading} an &lt;h2&gt;, a block of "• " lines a
 * &lt;ul&gt;, the padded label lines a table. PDF: what a word processor exports: each line its own line, long ones
 * wrapped at the page width, a page break when the page is full, a header and a page number on every page.
 */
final class SavedAs {

    /** "Nimi:        Yritys Oy", "Puh.     019 448 2071", or a label with nothing after it ("Osoite:      "). */
    private static final Pattern PADDED_LABEL = Pattern.compile("^(\\S[^:]{0,38}?[:.]?)(?:\\s{2,}(\\S.*?))?\\s*$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d{1,2}\\.\\s+\\p{L}.*");
    private static final String BULLET = "• ";

    private SavedAs() {
    }

    /** The blank-line blocks of the text, each as its lines (trailing spaces cut). */
    static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").strip().split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.stripTrailing());
                }
            }
            if (!lines.isEmpty()) {
                blocks.add(lines);
            }
        }
        return blocks;
    }

    /** A block of at least two label lines padded with spaces, each a label and maybe a value: a table typed with spaces. */
    static boolean isLabelTable(List<String> lines) {
        long padded = lines.stream().filter(l -> l.strip().matches("\\S.*?\\s{2,}\\S.*")).count();
        return lines.size() >= 2 && padded >= 2 && lines.stream().allMatch(l -> PADDED_LABEL.matcher(l.strip()).matches()
                && (l.strip().matches("\\S.*?\\s{2,}\\S.*") || l.strip().endsWith(":")));
    }

    /** The test's rule for a heading: a line alone, short, not a sentence, numbered ("3. Rekisterin nimi") or in capitals. */
    static boolean isHeading(List<String> lines) {
        if (lines.size() != 1) {
            return false;
        }
        String line = lines.get(0).strip();
        boolean capitals = line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
        return line.length() < 90 && !line.endsWith(".") && !line.contains("@") && !line.startsWith(BULLET.strip())
                && (NUMBERED_HEADING.matcher(line).matches() || capitals && line.codePoints().filter(Character::isLetter).count() >= 4);
    }

    private static boolean isBullet(String line) {
        return line.strip().startsWith(BULLET);
    }

    private static String[] labelAndValue(String line) {
        Matcher m = PADDED_LABEL.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalStateException(line);
        }
        return new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)};
    }

    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger bullets = bulletList(document);
            boolean first = true;
            for (List<String> block : blocks(text)) {
                if (!first) {
                    document.createParagraph();
                }
                first = false;
                if (isLabelTable(block)) {
                    XWPFTable table = document.createTable(block.size(), 2);
                    for (int i = 0; i < block.size(); i++) {
                        String[] cells = labelAndValue(block.get(i));
                        XWPFTableRow row = table.getRow(i);
                        row.getCell(0).setText(cells[0]);
                        row.getCell(1).setText(cells[1]);
                    }
                    continue;
                }
                for (String line : block) {
                    XWPFParagraph paragraph = document.createParagraph();
                    if (isBullet(line)) {
                        paragraph.setNumID(bullets);
                        paragraph.createRun().setText(line.strip().substring(BULLET.length()).strip());
                    } else {
                        paragraph.createRun().setText(line.strip());
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigInteger bulletList(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    static String html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\">"
                + "<title>Tietosuojaseloste</title><style>p { margin: 0 0 1.2em 0; }</style>"
                + "<script>document.write('not text')</script></head><body><nav><a href=\"/\">Etusivu</a></nav><main>\n");
        for (List<String> block : blocks(text)) {
            if (isLabelTable(block)) {
                html.append("<table>");
                for (String line : block) {
                    String[] cells = labelAndValue(line);
                    html.append("<tr><td>").append(Entities.escape(cells[0])).append("</td><td>")
                            .append(Entities.escape(cells[1])).append("</td></tr>");
                }
                html.append("</table>\n");
            } else if (isHeading(block)) {
                html.append("<h2>").append(Entities.escape(block.get(0).strip())).append("</h2>\n");
            } else if (block.stream().allMatch(SavedAs::isBullet)) {
                html.append("<ul>");
                block.forEach(l -> html.append("<li>").append(Entities.escape(l.strip().substring(BULLET.length()).strip())).append("</li>"));
                html.append("</ul>\n");
            } else {
                html.append("<p>");
                for (int i = 0; i < block.size(); i++) {
                    html.append(i == 0 ? "" : "<br>\n").append(Entities.escape(block.get(i).strip()));
                }
                html.append("</p>\n");
            }
        }
        return html.append("</main></body></html>").toString();
    }

    /** Each line its own line (wrapped at the page width when long), a blank line a gap; a header and "Sivu n / m" on every page. */
    static byte[] pdf(String text) {
        StringBuilder xhtml = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>"
                + "@page { size: A4; margin: 25mm 20mm; @top-left { content: \"Tietosuojaseloste\"; font-size: 9pt; }"
                + " @bottom-center { content: \"Sivu \" counter(page) \" / \" counter(pages); font-size: 9pt; } }"
                + " body { font-size: 11pt; } div.line { margin: 0; } div.gap { height: 11pt; }"
                + "</style></head><body>");
        boolean first = true;
        for (List<String> block : blocks(text)) {
            if (!first) {
                xhtml.append("<div class=\"gap\"></div>");
            }
            first = false;
            for (String line : block) {
                xhtml.append("<div class=\"line\">").append(Entities.escape(line.strip()).replace("&nbsp;", "&#160;")).append("</div>");
            }
        }
        xhtml.append("</body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
