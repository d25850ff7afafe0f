package fi.seloste.oldnotice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of an old notice, read from a file or pasted. The file is only read, never written; at most
 * {@link OldNoticeLimits#MAX_FILE_BYTES} + 1 bytes are read whatever its size says, and the text is refused past
 * {@link OldNoticeLimits#MAX_TEXT_CHARS}.
 */
public final class OldNoticeText {

    private OldNoticeText() {
    }

    public static String read(Path file) throws OldNoticeException {
        OldNoticeFormat format = OldNoticeFormat.of(file).orElseThrow(() -> new OldNoticeException(
                OldNoticeException.Problem.UNSUPPORTED_FORMAT, String.valueOf(file.getFileName())));
        return read(readBounded(file), format);
    }

    /** The text of a file's bytes in the format. */
    public static String read(byte[] bytes, OldNoticeFormat format) throws OldNoticeException {
        if (bytes.length > OldNoticeLimits.MAX_FILE_BYTES) {
            throw new OldNoticeException(OldNoticeException.Problem.FILE_TOO_LARGE, bytes.length + " bytes");
        }
        String text = switch (format) {
            case TEXT -> TextDecoding.decode(bytes);
            case HTML -> HtmlText.of(TextDecoding.decode(bytes));
            case PDF -> PdfText.of(bytes);
            case DOCX -> DocxText.of(bytes);
        };
        return bounded(text);
    }

    /** Text the owner pasted, held to the same limit as a file's. */
    public static String pasted(String text) throws OldNoticeException {
        return bounded(text == null ? "" : text);
    }

    private static String bounded(String text) throws OldNoticeException {
        if (text.length() > OldNoticeLimits.MAX_TEXT_CHARS) {
            throw new OldNoticeException(OldNoticeException.Problem.TEXT_TOO_LONG, text.length() + " characters");
        }
        if (text.isBlank()) {
            throw new OldNoticeException(OldNoticeException.Problem.NO_TEXT, "no text");
        }
        return text;
    }

    private static byte[] readBounded(Path file) throws OldNoticeException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) OldNoticeLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > OldNoticeLimits.MAX_FILE_BYTES) {
                throw new OldNoticeException(OldNoticeException.Problem.FILE_TOO_LARGE,
                        "more than " + OldNoticeLimits.MAX_FILE_BYTES + " bytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new OldNoticeException(OldNoticeException.Problem.UNREADABLE, "no such file: " + file, e);
        } catch (IOException e) {
            throw new OldNoticeException(OldNoticeException.Problem.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
    }
}
