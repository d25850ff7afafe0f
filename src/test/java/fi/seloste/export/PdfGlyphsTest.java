package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.seeds.SeedNotices;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfGlyphsTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void finnishSwedishSamiCyrillicGreekHebrewArabicAndEmojiCanAllBeDrawn() {
        assertThat(PdfGlyphs.undrawable("Åsa Öhman-Äijälä, Čđŋšŧž Áŋŋel, Жанна, Ελένη, שלום, مرحبا, € § ½ – “” …"))
                .isEmpty();
        assertThat(PdfGlyphs.undrawable("Tervetuloa 😀 🚀 💅 🧖‍♀️ ❤️ ✅ 👍🏽 🇫🇮")).as("DejaVu or Noto Emoji").isEmpty();
    }

    /** The range PdfGlyphs passes without looking at the fonts really is in them, regular and bold. */
    @Test
    void theFontsHaveEveryCharacterPassedWithoutLooking() {
        List<Integer> sure = new ArrayList<>();
        IntStream.rangeClosed(0x20, 0x7E).forEach(sure::add);
        IntStream.rangeClosed(0xA1, 0x17F).filter(c -> c != 0xAD).forEach(sure::add);
        IntStream.rangeClosed(0x2010, 0x2027).filter(Character::isDefined)
                .filter(c -> Character.getType(c) != Character.LINE_SEPARATOR
                        && Character.getType(c) != Character.PARAGRAPH_SEPARATOR).forEach(sure::add);
        IntStream.rangeClosed(0x2030, 0x203A).forEach(sure::add);
        sure.add(0x20AC);
        sure.add(0x2122);

        assertThat(sure).allSatisfy(c -> assertThat(PdfGlyphs.fontsHave(c)).as("U+%04X", c).isTrue());
    }

    @Test
    void marksJoinersAndSpacesNeedNoGlyph() {
        assertThat(PdfGlyphs.undrawable("a\u202Eb\u200Dc\u00A0d\u2009e\uFE0Ff\u200Bg\u2060h")).isEmpty();
    }

    @Test
    void chineseJapaneseKoreanThaiAndDevanagariAreNamedOnceEachInTheOrderTyped() {
        assertThat(PdfGlyphs.undrawable("東京 ja 東 한 สวัสดี न"))
                .containsExactly("東", "京", "한", "ส", "ว", "ั", "ด", "ี", "न");
    }

    @Test
    void aNoticeIsCheckedInEachLanguage() {
        Notice withTokyo = physiotherapyNamed("Fysio 東京");

        Map<Language, List<String>> undrawable = PdfGlyphs.undrawable(withTokyo, NoticeMeta.NONE);

        assertThat(undrawable).containsOnlyKeys(Language.values());
        assertThat(undrawable.values()).allSatisfy(chars -> assertThat(chars).containsExactly("東", "京"));
        assertThat(PdfGlyphs.undrawable(SeedNotices.physiotherapy(), NoticeMeta.NONE).values())
                .allSatisfy(chars -> assertThat(chars).isEmpty());
        assertThat(PdfGlyphs.undrawable(withTokyo, NoticeMeta.NONE, Set.of(Language.SV, Language.EN)))
                .containsExactly("東", "京");
    }

    /** The check and the renderer agree: what it names is drawn as "#", what it passes is drawn as typed. */
    @Test
    void whatTheCheckPassesTheRendererDraws() throws Exception {
        Notice mixed = physiotherapyNamed("Fysio שלום 🚀 東");
        byte[] pdf = NoticePdf.render(mixed, Language.FI, SeedCases.META);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("🚀").contains("שלום").doesNotContain("東").contains("Fysio");
        }
        assertThat(PdfGlyphs.undrawable(mixed, NoticeMeta.NONE).get(Language.FI)).containsExactly("東");
    }

    /**
     * The controller's name stands in the bold heading too: DejaVu Sans Bold lacks the mathematical sans-serif
     * letters the regular face has, so they are named.
     */
    @Test
    void aCharacterOnlyTheRegularFaceHasIsNamed() {
        assertThat(PdfGlyphs.undrawable("𝖠𝗓")).containsExactly("𝖠", "𝗓");
    }

    /** A signed version's PDF also shows the signer's name and role: they are checked too. */
    @Test
    void theSignOffBlockIsChecked() {
        NoticeMeta signed = NoticeMeta.signed(new SignOff(1, Instant.parse("2026-11-22T10:15:00Z"), "王 Wang",
                LocalizedText.finnish("omistaja"), "ab".repeat(32)));

        assertThat(PdfGlyphs.undrawable(SeedNotices.physiotherapy(), signed, Set.of(Language.FI)))
                .containsExactly("王");
    }

    /**
     * Flags and skin tones are drawn as their parts (two letters, a colour swatch) and keep their text, so the PDF
     * stays PDF/A and PDF/UA.
     */
    @Test
    void flagsAndSkinTonesKeepTheirTextInThePdf() throws Exception {
        Notice flags = physiotherapyNamed("Fysio 🇫🇮 👍🏽");
        assertThat(PdfGlyphs.undrawable(flags, NoticeMeta.NONE).get(Language.FI)).isEmpty();

        byte[] pdf = NoticePdf.render(flags, Language.FI, SeedCases.META);

        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Fysio 🇫🇮 👍🏽");
        }
        NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.fromString("3u"));
        NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    static Notice physiotherapyNamed(String controllerName) {
        Notice seed = SeedNotices.physiotherapy();
        return seed.withController(seed.controller().withName(controllerName));
    }
}
