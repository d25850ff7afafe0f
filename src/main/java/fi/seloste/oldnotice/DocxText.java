package fi.seloste.oldnotice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word document (Apache POI XWPF, docs/decisions/0024): a paragraph per paragraph, a table row as
 * "label: value". POI's zip-bomb guard is set to this package's limits before any document is opened.
 */
final class DocxText {

    static {
        ZipSecureFile.setMinInflateRatio(OldNoticeLimits.MIN_DOCX_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(OldNoticeLimits.MAX_DOCX_ENTRY_BYTES);
    }

    private DocxText() {
    }

    static String of(byte[] bytes) throws OldNoticeException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append("\n\n");
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, text);
                }
                if (text.length() > OldNoticeLimits.MAX_TEXT_CHARS) {
                    throw new OldNoticeException(OldNoticeException.Problem.TEXT_TOO_LONG,
                            "more than " + OldNoticeLimits.MAX_TEXT_CHARS + " characters");
                }
            }
            return text.toString();
        } catch (EncryptedDocumentException e) {
            throw new OldNoticeException(OldNoticeException.Problem.ENCRYPTED, "the document needs a password", e);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new OldNoticeException(OldNoticeException.Problem.ZIP_BOMB, String.valueOf(e.getMessage()), e);
            }
            if (isEncrypted(e)) {
                throw new OldNoticeException(OldNoticeException.Problem.ENCRYPTED, "the document needs a password", e);
            }
            throw new OldNoticeException(OldNoticeException.Problem.DAMAGED, "not a readable .docx: " + e.getMessage(), e);
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String cellText = cell.getText().strip();
                if (!cellText.isEmpty()) {
                    cells.add(cellText);
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            String first = cells.get(0);
            String rest = String.join(" ", cells.subList(1, cells.size()));
            text.append(rest.isEmpty() ? first : first + (first.endsWith(":") ? " " : ": ") + rest).append("\n\n");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("zipsecurefile") || message.contains("max entry size")
                    || message.contains("exceeds the maximum") || message.contains("exceeded the maximum")) {
                return true;
            }
        }
        return false;
    }

    /** A password-protected .docx is an OLE2 container, not a zip. */
    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OLE2NotOfficeXmlFileException")) {
                return true;
            }
        }
        return false;
    }
}
