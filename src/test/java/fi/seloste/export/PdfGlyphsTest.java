package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.api.Test;

class PdfGlyphsTest {

    @Test
    void finnishSwedishSamiCyrillicGreekHebrewArabicAndEmojiCanAllBeDrawn() {
        assertThat(PdfGlyphs.undrawable("Åsa Öhman-Äijälä, Čđŋšŧž Áŋŋel, Жанна, Ελένη, שלום, مرحبا, € § ½ – “” …"))
                .isEmpty();
        assertThat(PdfGlyphs.undrawable("Tervetuloa 😀 🚀 💅 🧖‍♀️ ❤️ ✅ 👍🏽 🇫🇮")).as("DejaVu or Noto Emoji").isEmpty();
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

        Map<Language, List<String>> undrawable = PdfGlyphs.undrawable(withTokyo);

        assertThat(undrawable).containsOnlyKeys(Language.values());
        assertThat(undrawable.values()).allSatisfy(chars -> assertThat(chars).containsExactly("東", "京"));
        assertThat(PdfGlyphs.undrawable(SeedNotices.physiotherapy()).values()).allSatisfy(chars -> assertThat(chars).isEmpty());
    }

    /** The check and the renderer agree: what it names is drawn as "#", what it passes is drawn as typed. */
    @Test
    void whatTheCheckPassesTheRendererDraws() throws Exception {
        Notice mixed = physiotherapyNamed("Fysio שלום 🚀 東");
        byte[] pdf = NoticePdf.render(mixed, Language.FI, SeedCases.META);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("🚀").contains("שלום").doesNotContain("東").contains("Fysio");
        }
        assertThat(PdfGlyphs.undrawable(mixed).get(Language.FI)).containsExactly("東");
    }

    static Notice physiotherapyNamed(String controllerName) {
        Notice seed = SeedNotices.physiotherapy();
        return new Notice(seed.controller().withName(controllerName), seed.contactPerson(),
                seed.dataProtectionOfficer(), seed.settings(), seed.registers());
    }
}
