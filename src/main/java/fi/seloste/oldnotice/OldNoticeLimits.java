package fi.seloste.oldnotice;

/** Far more than any privacy notice; they keep a wrong or hostile file from taking the memory or the time. */
public final class OldNoticeLimits {

    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int MAX_TEXT_CHARS = 200_000;
    /** A notice of more pages is not a notice; reading stops there. */
    public static final int MAX_PDF_PAGES = 200;
    /** The largest part of a .docx once unpacked. */
    public static final long MAX_DOCX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** Packed size / unpacked size below which a .docx part is a zip bomb (POI's own default is 0.01). */
    public static final double MIN_DOCX_INFLATE_RATIO = 0.01;

    private OldNoticeLimits() {
    }
}
