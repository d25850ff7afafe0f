package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;
import fi.seloste.seeds.SeedNotices;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A notice with errors says on every page that it is a draft; a sign-off keeps the documents as rendered. */
class DraftAndArchiveTest {

    private static final SignOff SIGN_OFF = new SignOff(2, Instant.parse("2026-11-22T10:15:00Z"), "Veera Westerholm",
            LocalizedText.finnish("yrittäjä"), "3f2a9c0d41b7e8f6a5c4d3b2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2");

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aDraftSaysSoOnEveryPageOfThePdfAndAtTheTopOfTheHtml() throws Exception {
        Notice notice = HostileNotices.hostile();
        for (Language language : Language.values()) {
            String banner = new NoticeWording(language).text("draft.banner");
            byte[] pdf = NoticePdf.render(notice, language, new NoticeMeta(LocalDate.of(2027, 11, 1), null).withDraft(true));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isGreaterThan(1);
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(document).replaceAll("\\s+", " ")).as("page %d", page).contains(banner);
                }
            }
            if (language == Language.FI) {
                NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.fromString("3u"));
                NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
            }
            var html = Jsoup.parse(NoticeHtml.document(notice, language, NoticeMeta.NONE.withDraft(true)));
            assertThat(html.selectFirst("section.seloste-notice > *").text()).isEqualTo(banner);
            assertThat(Jsoup.parse(NoticeHtml.document(notice, language, NoticeMeta.NONE)).text()).doesNotContain(banner);
        }
        try (PDDocument document = Loader.loadPDF(NoticePdf.render(notice, Language.FI, NoticeMeta.NONE))) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("LUONNOS");
        }
    }

    @Test
    void theFooterPrintsTheOwnersDatesElseTheExportDate() {
        Notice plain = SeedNotices.physiotherapy();
        Notice dated = withSettings(plain, plain.settings().withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 5, 4)));
        NoticeMeta meta = new NoticeMeta(LocalDate.of(2027, 11, 1), 3);
        assertThat(footer(dated, Language.FI, meta)).isEqualTo("Laadittu 1.3.2025 · Päivitetty 4.5.2026 · versio 3");
        assertThat(footer(dated, Language.EN, meta)).isEqualTo("Created 1 March 2025 · Last updated 4 May 2026 · version 3");
        assertThat(footer(plain, Language.SV, meta)).isEqualTo("Uppdaterad 1.11.2027 · version 3");
    }

    @Test
    void aReissuedSignedVersionSaysSoInItsSignOffBlock() {
        String note = new NoticeWording(Language.FI).text("reissued.note", "2", "22.11.2026");
        Notice notice = SeedNotices.physiotherapy();
        assertThat(Jsoup.parse(NoticeHtml.document(notice, Language.FI, NoticeMeta.signed(SIGN_OFF).withReissued(true)))
                .select(".seloste-signoff").text()).contains(note);
        assertThat(NoticeHtml.document(notice, Language.FI, NoticeMeta.signed(SIGN_OFF))).doesNotContain(note);
    }

    @Test
    void aSignOffArchivesThePdfAndTheHtmlOfEachPublishedLanguage() {
        Notice seed = SeedNotices.beautySalon();
        Notice notice = withSettings(seed, new fi.seloste.domain.NoticeSettings(EnumSet.of(Language.FI, Language.EN),
                null, seed.settings().introduction(), seed.settings().rightsInstructions()));
        SignedVersion signed = new SignedVersion(SIGN_OFF, notice, "{}", 1);
        List<ArchivedDocument> documents = SignedNoticeArchive.documents(signed);
        assertThat(documents).extracting(d -> d.language() + " " + d.kind())
                .containsExactly("FI PDF", "FI HTML", "EN PDF", "EN HTML");
        assertThat(documents.get(0).content()).isEqualTo(NoticePdf.render(notice, Language.FI, NoticeMeta.signed(SIGN_OFF)));
        assertThat(new String(documents.get(3).content(), StandardCharsets.UTF_8))
                .isEqualTo(NoticeHtml.document(notice, Language.EN, NoticeMeta.signed(SIGN_OFF))).contains("Signed off by: Veera Westerholm");
    }

    private static Notice withSettings(Notice n, fi.seloste.domain.NoticeSettings settings) {
        return Notice.withoutSharedSections(n.controller(), n.contactPerson(), n.dataProtectionOfficer(), settings, n.registers());
    }

    private static String footer(Notice notice, Language language, NoticeMeta meta) {
        return Jsoup.parse(NoticeHtml.document(notice, language, meta)).select("footer").text();
    }
}
