package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.export.record.RecordContent;
import fi.seloste.export.record.RecordItem;
import fi.seloste.export.record.RecordRegister;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.SampleRecords;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * GDPR Art. 30(1): the record of processing as HTML and PDF, a table for the controller and one per register with
 * a row per item, every item the owner entered printed in every language, and none of it in the public notice.
 */
class RecordOfProcessingTest {

    /** Where the row headers end on an A4 page: the 18 mm margin and 30 % of the 174 mm between the margins. */
    private static final float ROW_HEADER_EDGE = (18 + 0.3f * 174) * 72 / 25.4f;
    private static final NoticeMeta META = new NoticeMeta(LocalDate.of(2026, 11, 22), 3);
    /** Art. 30(1)(b)-(g) items of a register, by key. */
    private static final List<String> ARTICLE_30 = List.of("purposes", "legalBases", "dataSubjects", "dataCategories",
            "recipients", "transfers", "retention", "erasure", "measures");

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theHtmlHasATableWithRowHeadersPerRegister() {
        Notice notice = SeedNotices.beautySalon();
        Document html = Jsoup.parse(RecordOfProcessing.html(notice, Language.FI, META));
        assertThat(html.title()).isEqualTo("Seloste käsittelytoimista – Helmenloiste");
        assertThat(html.select("h1").text()).isEqualTo("Seloste käsittelytoimista – Helmenloiste");
        assertThat(html.select("table.seloste-record")).hasSize(1 + notice.registers().size());
        assertThat(html.select("th[scope=row]").eachText()).contains("Rekisterinpitäjä", "Yhteyshenkilö",
                "Käsittelyn tarkoitukset", "Rekisteröityjen ryhmät", "Henkilötietoryhmät", "Säilytysajat",
                "Tekniset ja organisatoriset turvatoimet", "Järjestelmät ja henkilötietojen käsittelijät");
        assertThat(html.select("tr[data-item=systems] td").eachText()).anyMatch(t -> t.contains("Ajas")
                && t.contains("toimittaja: Ajas Oy") && t.contains("rooli: henkilötietojen käsittelijä"));
        assertThat(html.select("th[scope=col]").eachText()).contains("Kohta", "Tiedot");
        assertThat(html.text()).doesNotContain("Rekisteröidyn oikeudet", "Käsittelemme", "Siirrämme", "Sinulta");
        assertThat(html.select("footer").text()).isEqualTo("Tiedot 22.11.2026 tilanteen mukaan");
    }

    @Test
    void theOldEntryPointsPrintTheRecordWithNothingEntered() {
        Notice notice = SampleRecords.physiotherapyNotice();
        assertThat(RecordOfProcessing.html(notice, Language.SV, META))
                .isEqualTo(RecordOfProcessing.html(notice, ProcessingRecord.EMPTY, Language.SV, META));
        assertThat(RecordOfProcessing.title(notice, Language.SV)).isEqualTo("Register över behandling – Flowest");
    }

    /** Every item of the filled-in record, its label and each of its lines, in the HTML and the PDF, fi, sv and en. */
    @Test
    void everyItemOfTheFilledRecordIsInTheHtmlAndThePdfInEveryLanguage() throws Exception {
        Notice notice = SampleRecords.physiotherapyNotice();
        ProcessingRecord record = SampleRecords.physiotherapy();
        for (Language language : Language.values()) {
            RecordContent content = RecordContent.of(notice, record, language, META);
            RecordRegister customers = content.registers().get(0);
            assertThat(customers.items()).extracting(RecordItem::key).containsAll(ARTICLE_30)
                    .contains("systems", "locations", "dataFlows", "feeds", "accessRoles", "responsible", "risk");
            assertThat(content.controller()).extracting(RecordItem::key).contains("controller", "publishedNotice");

            Document html = Jsoup.parse(RecordOfProcessing.html(notice, record, language, META));
            String pdf;
            String labels;
            String cells;
            try (PDDocument document = Loader.loadPDF(RecordOfProcessing.pdf(notice, record, language, META))) {
                pdf = squeeze(new PDFTextStripper().getText(document));
                labels = squeeze(column(document, 0, ROW_HEADER_EDGE));
                cells = squeeze(column(document, ROW_HEADER_EDGE, 600));
            }
            List<RecordItem> items = new ArrayList<>(content.controller());
            content.registers().forEach(r -> items.addAll(r.items()));
            for (RecordRegister register : content.registers()) {
                assertThat(html.select("h2").eachText()).as("%s", language).contains(register.name());
                assertThat(pdf).as("%s %s", language, register.name()).contains(squeeze(register.name()));
            }
            for (RecordItem item : items) {
                Element row = html.selectFirst("tr[data-item=" + item.key() + "]");
                assertThat(row).as("%s %s", language, item.key()).isNotNull();
                assertThat(html.select("th[scope=row]").eachText()).as("%s", language).contains(item.label());
                assertThat(labels).as("%s label %s", language, item.key()).contains(squeeze(item.label()));
                for (String line : item.lines()) {
                    assertThat(html.text()).as("%s %s", language, item.key()).contains(line);
                    assertThat(cells).as("%s %s", language, item.key()).contains(squeeze(line));
                }
            }
        }
    }

    @Test
    void theFinnishRecordShowsWhatThePhysiotherapistWrote() {
        Document html = Jsoup.parse(RecordOfProcessing.html(SampleRecords.physiotherapyNotice(), SampleRecords.physiotherapy(),
                Language.FI, META));
        assertThat(html.select("tr[data-item=locations] td").first().text())
                .contains("Vello ja paperiarkisto lukitussa kaapissa");
        assertThat(html.select("tr[data-item=dataFlows] td").first().text()).contains("Ajanvaraus Vellossa → laskutus Holvissa");
        assertThat(html.select("tr[data-item=feeds] td").first().text()).isEqualTo("Flowest laskutus- ja kirjanpitorekisteri");
        assertThat(html.select("tr[data-item=systems] td").first().text())
                .contains("Vello – ", "allekirjoitettu 12.3.2024, säilytyspaikka: Sopimuskansio");
        assertThat(html.select("tr[data-item=risk] td").first().text())
                .contains("korkea riski", "kyllä", "Vaikutustenarviointi tehty 20.3.2024");
        assertThat(html.select("tr[data-item=responsible] td").first().text()).contains("Veera Westerholm");
        assertThat(html.select("tr[data-item=publishedNotice] td").text()).contains("Tietosuojaselosteen versio 3");
    }

    /**
     * The notice never receives the record; this guards that nothing internal reaches it anyway: the responsible
     * person, the agreements' dates and places, the risk note, access roles, locations, data flows, erasure.
     */
    @Test
    void nothingInternalIsInThePublicNotice() {
        Notice notice = SampleRecords.physiotherapyNotice();
        ProcessingRecord record = SampleRecords.physiotherapy();
        for (Language language : Language.values()) {
            String text = Jsoup.parse(NoticeHtml.document(notice, language, META)).text();
            List<String> internal = new ArrayList<>();
            for (RegisterRecord r : record.registers()) {
                internal.add(r.responsible().name());
                internal.add(r.responsible().title().fi());
                for (LocalizedText t : List.of(r.locations(), r.dataFlows(), r.accessRoles(), r.transferDocumentation(),
                        r.erasure(), r.measures(), r.risk().note())) {
                    t.in(language).lines().forEach(internal::add);
                }
                r.agreements().forEach(a -> internal.add(a.keptAt().in(language)));
            }
            internal.add(language == Language.EN ? "12 March 2024" : "12.3.2024");
            internal.add(language == Language.EN ? "20 March 2024" : "20.3.2024");
            internal.add(record.publishedPlace().in(language));
            assertThat(internal.stream().filter(s -> !s.isBlank() && !s.equals("Veera Westerholm")).toList())
                    .as("%s", language).hasSizeGreaterThan(10).allSatisfy(s -> assertThat(text).doesNotContain(s));
        }
    }

    @Test
    void thePdfIsArchivalAndAccessibleInEveryLanguage() throws Exception {
        for (Language language : Language.values()) {
            byte[] pdf = RecordOfProcessing.pdf(SampleRecords.physiotherapyNotice(), SampleRecords.physiotherapy(), language, META);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document))
                        .contains(RecordOfProcessing.title(SeedNotices.physiotherapy(), language).split(" – ")[0]);
            }
            NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.fromString("3u"));
            NoticePdfConformanceTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
        }
        byte[] hostile = RecordOfProcessing.pdf(HostileNotices.hostile(), ProcessingRecord.EMPTY, Language.FI, META);
        NoticePdfConformanceTest.assertCompliant(hostile, PDFAFlavour.fromString("3u"));
        NoticePdfConformanceTest.assertCompliant(hostile, PDFAFlavour.PDFUA_1);
    }

    /**
     * The text of a column of the tables on every page, between two x positions in points: a row header that wraps
     * beside its cell's lines would otherwise come out of PDFBox between them.
     */
    private static String column(PDDocument document, float from, float to) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
            org.apache.pdfbox.text.PDFTextStripperByArea stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            stripper.addRegion("column", new java.awt.geom.Rectangle2D.Float(from, 0, to - from, page.getMediaBox().getHeight()));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("column")).append('\n');
        }
        return text.toString().replaceAll("(?m)^\\S+ \\d+ / \\d+$", "");
    }

    /** Text without whitespace: the PDF breaks lines (and web addresses at a slash) where the HTML has none. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The record is never published: a draft record says what is missing, not "not for publication". */
    @Test
    void aDraftRecordSaysItMayBeIncompleteNotThatItIsNotForPublication() throws Exception {
        NoticeMeta draft = new NoticeMeta(java.time.LocalDate.of(2026, 12, 3), null).withDraft(true);
        String html = Jsoup.parse(RecordOfProcessing.html(fi.seloste.domain.Notice.EMPTY,
                fi.seloste.domain.record.ProcessingRecord.EMPTY, Language.FI, draft)).text();

        assertThat(html).contains("joten myös tämä seloste voi olla puutteellinen").doesNotContain("ei julkaistavaksi");
        byte[] pdf = RecordOfProcessing.pdf(fi.seloste.domain.Notice.EMPTY, fi.seloste.domain.record.ProcessingRecord.EMPTY,
                Language.SV, draft);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("även detta register kan vara ofullständigt").doesNotContain("inte för publicering");
        }
    }
}
