package fi.seloste.oldnotice;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF, a paragraph per block of lines (PDFBox); a scanned page without one gives no text. */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] bytes) throws OldNoticeException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new OldNoticeException(OldNoticeException.Problem.ENCRYPTED, "text extraction not permitted");
            }
            int pages = Math.min(document.getNumberOfPages(), OldNoticeLimits.MAX_PDF_PAGES);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(document)).append('\n');
                if (text.length() > OldNoticeLimits.MAX_TEXT_CHARS) {
                    throw new OldNoticeException(OldNoticeException.Problem.TEXT_TOO_LONG, "more than "
                            + OldNoticeLimits.MAX_TEXT_CHARS + " characters by page " + page);
                }
            }
            return text.toString();
        } catch (InvalidPasswordException e) {
            throw new OldNoticeException(OldNoticeException.Problem.ENCRYPTED, "the PDF needs a password", e);
        } catch (IOException | RuntimeException e) {
            throw new OldNoticeException(OldNoticeException.Problem.DAMAGED, "not a readable PDF: " + e.getMessage(), e);
        }
    }
}
