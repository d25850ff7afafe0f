package fi.seloste.oldnotice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The text layer of a PDF, a line per line and a blank line per gap (PDFBox, sorted by position), a line wrapped at
 * the page width joined to its next (WrappedLines); the header, footer
 * and page number a word processor repeats on every page are left out (RunningLines). A scanned page without a
 * text layer gives no text.
 */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] bytes) throws OldNoticeException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new OldNoticeException(OldNoticeException.Problem.ENCRYPTED, "text extraction not permitted");
            }
            int pages = Math.min(document.getNumberOfPages(), OldNoticeLimits.MAX_PDF_PAGES);
            WrappedLines stripper = new WrappedLines();
            List<List<String>> pageLines = new ArrayList<>();
            int length = 0;
            for (int page = 1; page <= pages; page++) {
                List<String> lines = stripper.lines(document, page);
                length += lines.stream().mapToInt(String::length).sum() + lines.size();
                if (length > OldNoticeLimits.MAX_TEXT_CHARS) {
                    throw new OldNoticeException(OldNoticeException.Problem.TEXT_TOO_LONG, "more than "
                            + OldNoticeLimits.MAX_TEXT_CHARS + " characters by page " + page);
                }
                pageLines.add(new ArrayList<>(lines));
            }
            RunningLines.remove(pageLines);
            StringBuilder text = new StringBuilder();
            for (List<String> lines : pageLines) {
                text.append(String.join("\n", lines)).append('\n');
            }
            return text.toString();
        } catch (InvalidPasswordException e) {
            throw new OldNoticeException(OldNoticeException.Problem.ENCRYPTED, "the PDF needs a password", e);
        } catch (IOException | RuntimeException e) {
            throw new OldNoticeException(OldNoticeException.Problem.DAMAGED, "not a readable PDF: " + e.getMessage(), e);
        }
    }
}
