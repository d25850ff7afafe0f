package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.seeds.SeedNotices;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A signed version: its block says who, when, which version and the fingerprint; the bytes never change. */
class SignedVersionExportTest {

    private static final String SHA = "3f2a9c0d41b7e8f6a5c4d3b2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2";
    private static final SignOff SIGN_OFF = new SignOff(2, Instant.parse("2026-11-22T10:15:00Z"), "Veera Westerholm",
            LocalizedText.finnish("yrittäjä"), SHA);

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void thePdfHoldsTheSignOffBlockWithASignatureLineAndStillConforms() throws Exception {
        Notice notice = SeedNotices.physiotherapy();
        byte[] pdf = NoticePdf.render(notice, Language.FI, NoticeMeta.signed(SIGN_OFF));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Hyväksyntä", "Hyväksyjä: Veera Westerholm, yrittäjä", "Päivämäärä: 22.11.2026 klo 12.15",
                "Versio 2", "3f2a9c0d 41b7e8f6", "Allekirjoitus ja nimenselvennys", "Päivitetty 22.11.2026");
        NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.fromString("3u"));
        NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void exportingTheSameSignedVersionTwiceGivesTheSameBytes() {
        Notice notice = SeedNotices.beautySalon();
        assertThat(NoticePdf.render(notice, Language.SV, NoticeMeta.signed(SIGN_OFF)))
                .isEqualTo(NoticePdf.render(notice, Language.SV, NoticeMeta.signed(SIGN_OFF)));
        assertThat(NoticeHtml.document(notice, Language.SV, NoticeMeta.signed(SIGN_OFF)))
                .isEqualTo(NoticeHtml.document(notice, Language.SV, NoticeMeta.signed(SIGN_OFF)));
    }

    @Test
    void theWebPageShowsTheSignOffButNoSignatureLine() {
        String html = NoticeHtml.document(SeedNotices.physiotherapy(), Language.EN, NoticeMeta.signed(SIGN_OFF));
        assertThat(html).contains("Signed off by: Veera Westerholm, yrittäjä", "Version 2", "22 November 2026, 12:15")
                .doesNotContain("Signature and name in block letters");
    }
}
