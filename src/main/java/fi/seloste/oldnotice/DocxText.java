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
 * The text of a Word document (Apache POI XWPF, docs/decisions/0024): a line per paragraph, a blank line per empty
 * one, an item of a Word list with its bullet or number (numbering.xml), a table row as "label: value". POI's
 * zip-bomb guard is set to this package's limits before any document is opened.
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
            ListMarkers markers = new ListMarkers();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    appendParagraph(paragraph, markers, text);
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

    /**
     * A paragraph is a line, as Enter gives in Word, so that lines typed one item or one label a line read as the same
     * lines in a .txt do; an empty paragraph is the blank line it looks like. A heading style stands as a block of
     * its own, as its spacing makes it look.
     */
    private static void appendParagraph(XWPFParagraph paragraph, ListMarkers markers, StringBuilder text) {
        String line = paragraph.getText();
        if (line.isBlank()) {
            text.append('\n');
            return;
        }
        String marker = markers.of(paragraph);
        boolean heading = marker.isEmpty() && isHeadingStyle(paragraph.getStyleID());
        if (heading) {
            blankLine(text);
        }
        text.append(marker).append(line).append('\n');
        if (heading) {
            blankLine(text);
        }
    }

    private static boolean isHeadingStyle(String styleId) {
        return styleId != null && HEADING_STYLE.matcher(styleId).matches();
    }

    /** Word's style ids for headings in English, Finnish and Swedish Word: Heading1, Otsikko2, Rubrik3, Title. */
    private static final java.util.regex.Pattern HEADING_STYLE =
            java.util.regex.Pattern.compile("(?i)(heading|otsikko|rubrik|title)\\s*\\d*");

    /** A table stands apart from the text around it; each row a line, "label: value". */
    private static void appendTable(XWPFTable table, StringBuilder text) {
        blankLine(text);
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String cellText = cell.getText().strip().replaceAll("\\s*\\n\\s*", " ");
                if (!cellText.isEmpty()) {
                    cells.add(cellText);
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            text.append(TableRows.labelAndValue(cells)).append('\n');
        }
        blankLine(text);
    }

    /** Ends the text with a blank line, unless it is empty or already so ended. */
    static void blankLine(StringBuilder text) {
        int n = text.length();
        if (n == 0 || n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n') {
            return;
        }
        text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
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
