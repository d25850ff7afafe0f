import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * For the bench scripts: whether each PDF given is whole and parses, with the PDFBox of the image under test.
 * Run as a single source file: {@code java -cp 'IMAGE/lib/app/*' src/bench/PdfCheck.java FILE...}. Prints
 * "ok FILE" or "bad FILE: reason" per file.
 */
public final class PdfCheck {

    public static void main(String[] args) throws Exception {
        for (String name : args) {
            Path file = Path.of(name);
            byte[] bytes = Files.readAllBytes(file);
            String head = new String(bytes, 0, Math.min(5, bytes.length), "ISO-8859-1");
            String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), "ISO-8859-1").strip();
            if (!head.equals("%PDF-") || !tail.endsWith("%%EOF")) {
                System.out.println("bad " + name + ": not whole (" + bytes.length + " bytes)");
                continue;
            }
            try (PDDocument document = Loader.loadPDF(bytes)) {
                System.out.println(document.getNumberOfPages() > 0 ? "ok " + name : "bad " + name + ": no page");
            } catch (Exception e) {
                System.out.println("bad " + name + ": " + e);
            }
        }
    }
}
