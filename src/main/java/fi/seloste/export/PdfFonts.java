package fi.seloste.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;

/**
 * DejaVu Sans regular, bold and oblique (and Noto Emoji when a notice needs it), parsed once and reused by later
 * renders: parsing the three DejaVu files (about 700 KB each) was a fifth of a warm render. A {@link TrueTypeFont} reads its tables lazily through one shared
 * stream position, so it is not safe for two renders at the same time: each render borrows a whole set for itself and
 * gives it back when done. There are as many sets as renders ever ran at the same time (one in the app, two in a
 * two-thread batch). A document never closes a borrowed font ({@link PDType0Font#load(PDDocument, TrueTypeFont,
 * boolean)} leaves that to the caller), and the fonts are never closed: they live as long as the application.
 */
final class PdfFonts {

    private static final String FONT_DIR = "/fi/seloste/export/fonts/";
    /**
     * Noto Emoji has a format 14 character map (emoji variation sequences), which fontbox skips with a warning each
     * time it reads the font. Nothing is lost: the variation selectors need no glyph. Kept here so that the setting
     * is not garbage-collected with the logger.
     */
    private static final Logger CMAP_LOG = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    static {
        CMAP_LOG.setLevel(Level.SEVERE);
    }

    /** Sets not in use; the most recently returned first, so that a single-threaded caller always gets the same. */
    private static final ConcurrentLinkedDeque<PdfFonts> IDLE = new ConcurrentLinkedDeque<>();

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final TrueTypeFont oblique;
    /** Parsed only when a notice first has a character DejaVu Sans cannot draw (most never do). */
    private TrueTypeFont emoji;

    private PdfFonts() {
        regular = withoutSubstitutions(parse("DejaVuSans.ttf"));
        bold = withoutSubstitutions(parse("DejaVuSans-Bold.ttf"));
        oblique = withoutSubstitutions(parse("DejaVuSans-Oblique.ttf"));
    }

    /**
     * PDFBox would join "fi" and "fl" into one ligature glyph, whose text is U+FB01 / U+FB02: an address copied from
     * the PDF would read "tietosuoja@om.\uFB01", and searching for "profilointi" would fail. Latin needs no other
     * substitution, and right-to-left text comes already shaped by ICU (docs/decisions/0013). Noto Emoji goes without
     * them too: its flag and skin-tone glyphs have no Unicode text, so the PDF would lose the characters and fail
     * PDF/A and PDF/UA; a flag is drawn as its two letters instead.
     */
    private static TrueTypeFont withoutSubstitutions(TrueTypeFont font) {
        font.setEnableGsub(false);
        return font;
    }

    /** A set for this render only; give it back with {@link #giveBack()}, or drop it if the render failed. */
    static PdfFonts borrow() {
        PdfFonts fonts = IDLE.pollFirst();
        return fonts != null ? fonts : new PdfFonts();
    }

    /** Noto Emoji, for the characters DejaVu Sans lacks; only ever used by the render that borrowed this set. */
    TrueTypeFont emoji() {
        if (emoji == null) {
            emoji = withoutSubstitutions(parse("NotoEmoji-Regular.ttf"));
        }
        return emoji;
    }

    void giveBack() {
        IDLE.offerFirst(this);
    }

    /** How many sets exist and are not in use (for tests). */
    static int idle() {
        return IDLE.size();
    }

    /**
     * Embeds {@code font} into {@code document} as a subset when the layout first needs it (so a style the notice
     * does not use, such as oblique, is not embedded at all).
     */
    static PDFontSupplier lazy(PDDocument document, TrueTypeFont font) {
        return lazy(document, () -> font);
    }

    /** As {@link #lazy(PDDocument, TrueTypeFont)}, and the font is only got when the layout first needs it. */
    static PDFontSupplier lazy(PDDocument document, Supplier<TrueTypeFont> font) {
        return new PDFontSupplier(null) {
            private PDFont loaded;

            @Override
            public PDFont supply() {
                if (loaded == null) {
                    try {
                        loaded = PDType0Font.load(document, font.get(), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not embed the font", e);
                    }
                }
                return loaded;
            }
        };
    }

    /** The parser copies the file into the font, so the resource is read each time rather than kept. */
    static TrueTypeFont parse(String file) {
        String name = FONT_DIR + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(Objects.requireNonNull(in, name).readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled font " + name, e);
        }
    }
}
