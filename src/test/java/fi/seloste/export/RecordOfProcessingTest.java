package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** GDPR Art. 30: a table per register with purposes, people and data, recipients, transfers, retention, security. */
class RecordOfProcessingTest {

    private static final NoticeMeta META = new NoticeMeta(LocalDate.of(2026, 11, 22), null);

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theHtmlHasATableWithRowHeadersPerRegister() {
        Notice notice = SeedNotices.beautySalon();
        Document html = Jsoup.parse(RecordOfProcessing.html(notice, Language.FI, META));
        assertThat(html.title()).isEqualTo("Seloste käsittelytoimista – Helmenloiste");
        assertThat(html.select("table.seloste-record")).hasSize(1 + notice.registers().size());
        assertThat(html.select("th[scope=row]").eachText()).contains("Rekisterinpitäjä",
                "Henkilötietojen käsittelyn tarkoitus ja oikeusperuste", "Rekisteröidyt ja rekisterin tietosisältö",
                "Tietojen vastaanottajat ja siirrot EU- ja ETA-alueen ulkopuolelle", "Tietojen säilytysaika",
                "Rekisterin suojauksen periaatteet", "Järjestelmät ja palvelut");
        assertThat(html.select("td").eachText()).anyMatch(t -> t.contains("Ajas") && t.contains("Toimittaja: Ajas Oy")
                && t.contains("Rooli: henkilötietojen käsittelijä"));
        assertThat(html.select("th[scope=col]").eachText()).contains("Kohta", "Kuvaus");
        assertThat(html.text()).doesNotContain("Rekisteröidyn oikeudet");
    }

    @Test
    void thePdfIsArchivalAndAccessibleInEveryLanguage() throws Exception {
        for (Language language : Language.values()) {
            byte[] pdf = RecordOfProcessing.pdf(SeedNotices.physiotherapy(), language, META);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains(RecordOfProcessing.title(SeedNotices.physiotherapy(), language).split(" – ")[0]);
            }
            NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.fromString("3u"));
            NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
        }
    }
}
