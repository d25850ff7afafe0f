package fi.seloste.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;

/**
 * DejaVu Sans regular, bold and oblique, parsed once and reused by later renders: parsing the three TTF files
 * (about 700 KB each) was a fifth of a warm render. A {@link TrueTypeFont} reads its tables lazily through one shared
 * stream position, so it is not safe for two renders at the same time: each render borrows a whole set for itself and
 * gives it back when done. There are as many sets as renders ever ran at the same time (one in the app, two in a
 * two-thread batch). A document never closes a borrowed font ({@link PDType0Font#load(PDDocument, TrueTypeFont,
 * boolean)} leaves that to the caller), and the fonts are never closed: they live as long as the application.
 */
final class PdfFonts {

    private static final String FONT_DIR = "/fi/seloste/export/fonts/";

    /** Sets not in use; the most recently returned first, so that a single-threaded caller always gets the same. */
    private static final ConcurrentLinkedDeque<PdfFonts> IDLE = new ConcurrentLinkedDeque<>();

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final TrueTypeFont oblique;

    private PdfFonts() {
        regular = parse("DejaVuSans.ttf");
        bold = parse("DejaVuSans-Bold.ttf");
        oblique = parse("DejaVuSans-Oblique.ttf");
    }

    /** A set for this render only; give it back with {@link #giveBack()}, or drop it if the render failed. */
    static PdfFonts borrow() {
        PdfFonts fonts = IDLE.pollFirst();
        return fonts != null ? fonts : new PdfFonts();
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
        return new PDFontSupplier(null) {
            private PDFont loaded;

            @Override
            public PDFont supply() {
                if (loaded == null) {
                    try {
                        loaded = PDType0Font.load(document, font, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not embed the font", e);
                    }
                }
                return loaded;
            }
        };
    }

    /** The parser copies the file into the font, so the resource is read each time rather than kept. */
    private static TrueTypeFont parse(String file) {
        String name = FONT_DIR + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(Objects.requireNonNull(in, name).readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled font " + name, e);
        }
    }
}
