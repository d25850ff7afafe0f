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
 * The characters of a notice that the PDF's embedded fonts (DejaVu Sans regular and bold, Noto Emoji) have no glyph
 * for, such as Chinese, Japanese, Korean, Thai or Devanagari. openhtmltopdf draws each of them as "#", in the picture
 * and in the text, so export, print and the command line name them before the owner relies on the PDF. The HTML
 * notice shows them as typed. The first character outside Latin makes it read the three fonts' character maps (about
 * 0.2 s): call it off the FX thread.
 */
public final class PdfGlyphs {

    private PdfGlyphs() {
    }

    /**
     * For each language, the characters of the notice (with {@code meta}'s sign-off block, if any) the PDF cannot
     * draw, each once, in the order they first appear.
     */
    public static Map<Language, List<String>> undrawable(Notice notice, NoticeMeta meta) {
        Map<Language, List<String>> result = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            result.put(language, undrawable(notice, meta, Set.of(language)));
        }
        return result;
    }

    /** The characters the PDF cannot draw in any of {@code languages}, each once. */
    public static List<String> undrawable(Notice notice, NoticeMeta meta, Set<Language> languages) {
        Set<String> missing = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            if (languages.contains(language)) {
                missing.addAll(undrawable(NoticeHtml.documentForPdf(notice, language, meta)));
            }
        }
        return List.copyOf(missing);
    }

    /** The characters of {@code text} the PDF cannot draw, each once, in the order they first appear. */
    static List<String> undrawable(CharSequence text) {
        Set<String> missing = new LinkedHashSet<>();
        text.codePoints().filter(c -> !surelyDrawn(c) && !drawnWithoutGlyph(c) && !fontsHave(c))
                .forEach(c -> missing.add(Character.toString(c)));
        return List.copyOf(missing);
    }

    /**
     * Latin letters of Finnish, Swedish and most of Europe, and the usual dashes, quotes and signs: the fonts have
     * them all ({@code PdfGlyphsTest} checks), so a Finnish notice never needs the character maps read (which would
     * add a fifth of a second to a cold {@code seloste export}).
     */
    private static boolean surelyDrawn(int c) {
        return c <= 0x7E || (c >= 0xA0 && c <= 0x17F) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x203A)
                || c == 0x20AC || c == 0x2122;
    }

    /** Whether the PDF's fonts draw {@code c}; reads their character maps the first time. */
    static boolean fontsHave(int c) {
        return Coverage.INSTANCE.covers(c);
    }

    /**
     * Characters that never need a glyph of their own: spaces, controls, direction marks, joiners, variation
     * selectors, the tag characters of subdivision flags.
     */
    private static boolean drawnWithoutGlyph(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.CONTROL || type == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
                || (c >= 0xE0000 && c <= 0xE007F);
    }

    /** The character maps of the fonts NoticePdf embeds, read once. */
    private static final class Coverage {

        static final Coverage INSTANCE = new Coverage();

        private final CmapLookup regular;
        private final CmapLookup bold;
        private final CmapLookup emoji;

        private Coverage() {
            regular = lookup("DejaVuSans.ttf");
            bold = lookup("DejaVuSans-Bold.ttf");
            emoji = lookup("NotoEmoji-Regular.ttf");
        }

        /** Owner text stands in headings (bold) and in body text (regular): it must be drawable in both. */
        boolean covers(int codePoint) {
            return (regular.getGlyphId(codePoint) > 0 && bold.getGlyphId(codePoint) > 0) || emoji.getGlyphId(codePoint) > 0;
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
