package fi.seloste.oldnotice;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Entities;

/** A notice's text saved as a Word document, a web page or a PDF, as an owner's old notice would be: a paragraph per blank-line block. */
final class SavedAs {

    private SavedAs() {
    }

    static String[] paragraphs(String text) {
        return text.replace("\r\n", "\n").strip().split("\\n\\s*\\n");
    }

    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs(text)) {
                document.createParagraph().createRun().setText(paragraph.strip().replace('\n', ' '));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\">"
                + "<title>Tietosuojaseloste</title><style>p { margin: 0 0 1.2em 0; }</style>"
                + "<script>document.write('not text')</script></head><body><nav><a href=\"/\">Etusivu</a></nav><main>");
        for (String paragraph : paragraphs(text)) {
            String p = paragraph.strip();
            boolean heading = p.length() < 90 && !p.endsWith(".") && !p.contains("@") && !p.contains("(at)")
                    && p.matches("(\\d+\\. )?\\p{Lu}.*") && !p.contains(":");
            String escaped = Entities.escape(p.replace('\n', ' '));
            html.append(heading ? "<h2>" + escaped + "</h2>" : "<p>" + escaped + "</p>").append('\n');
        }
        return html.append("</main></body></html>").toString();
    }

    static byte[] pdf(String text) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String xhtml = html(text).replace("<!DOCTYPE html>", "")
                    .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
                    .replaceAll("<script>.*?</script>", "").replace("&nbsp;", "&#160;");
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
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
