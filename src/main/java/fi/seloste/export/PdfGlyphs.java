package fi.seloste.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;

/**
 * The characters of a notice that the PDF's embedded fonts (DejaVu Sans, Noto Emoji) have no glyph for, such as
 * Chinese, Japanese, Korean, Thai or Devanagari. openhtmltopdf draws each of them as "#", in the picture and in
 * the text, so the export and the command line name them before the owner relies on the PDF. The HTML notice
 * shows them as typed. Reads the two fonts' character maps once (a few milliseconds): call it off the FX thread.
 */
public final class PdfGlyphs {

    /** Skin tones: the emoji is drawn without them. */
    private static final int FIRST_SKIN_TONE = 0x1F3FB;
    private static final int LAST_SKIN_TONE = 0x1F3FF;

    private PdfGlyphs() {
    }

    /** For each language, the characters the PDF cannot draw, each once, in the order they first appear. */
    public static Map<Language, List<String>> undrawable(Notice notice) {
        Map<Language, List<String>> result = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            result.put(language, undrawable(NoticeHtml.documentForPdf(notice, language, NoticeMeta.NONE)));
        }
        return result;
    }

    /** The characters of {@code text} the PDF cannot draw, each once, in the order they first appear. */
    static List<String> undrawable(CharSequence text) {
        Set<String> missing = new LinkedHashSet<>();
        text.codePoints().filter(c -> c > 0x7F && !drawnWithoutGlyph(c) && !Coverage.INSTANCE.covers(c))
                .forEach(c -> missing.add(Character.toString(c)));
        return List.copyOf(missing);
    }

    /**
     * Characters that never need a glyph of their own: spaces, controls, direction marks, joiners, variation
     * selectors, the tag characters of subdivision flags, skin-tone modifiers.
     */
    private static boolean drawnWithoutGlyph(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.CONTROL || type == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
                || (c >= 0xE0000 && c <= 0xE007F)
                || (c >= FIRST_SKIN_TONE && c <= LAST_SKIN_TONE);
    }

    /** The character maps of the fonts NoticePdf embeds, read once. */
    private static final class Coverage {

        static final Coverage INSTANCE = new Coverage();

        private final List<CmapLookup> fonts;

        private Coverage() {
            fonts = List.of(lookup("DejaVuSans.ttf"), lookup("NotoEmoji-Regular.ttf"));
        }

        boolean covers(int codePoint) {
            for (CmapLookup font : fonts) {
                if (font.getGlyphId(codePoint) > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The lookup is built whole here; later lookups only read it, from any thread. */
        private static CmapLookup lookup(String file) {
            try {
                TrueTypeFont font = PdfFonts.parse(file);
                return font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the character map of " + file, e);
            }
        }
    }
}
