package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fi.seloste.domain.Language;
import fi.seloste.domain.ListLimit;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeLimits;
import fi.seloste.testing.LimitNotices;

/**
 * The largest notice the limits allow a small business to write exports whole, to PDF and HTML (probe M3: a
 * 200,000-character word took 17.5 s, a 50 MB name never finished). How long it takes is measured by
 * {@code fi.seloste.bench.LargestNoticeBenchmark}, not here.
 */
class LargestNoticeExportTest {

    private static final NoticeMeta META = new NoticeMeta(LocalDate.of(2027, 1, 4), 1);

    @Test
    void theLargestNoticeExportsWholeToPdfAndHtml() throws Exception {
        Notice largest = LimitNotices.largestRealistic();
        assertThat(NoticeLimits.excesses(largest)).as("within every limit").isEmpty();

        byte[] pdf = NoticePdf.render(largest, Language.FI, META);
        String html = NoticeHtml.document(largest, Language.FI, META);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(ListLimit.REGISTERS.max());
            // Lines and pages as the text comes out of the PDF: the page numbers stand between the pages' text.
            text = new PDFTextStripper().getText(document).replaceAll("\\Rsivu \\d+ / \\d+\\R", "\n");
        }
        String lines = text.replaceAll("\\s+", " ");
        for (int i = 1; i <= ListLimit.REGISTERS.max(); i++) {
            String name = "Rekisteri " + i + " Rekisteri " + i + " ";
            assertThat(lines.contains(name)).as("register %d in the PDF", i).isTrue();
            assertThat(html.contains(name)).as("register %d in the HTML", i).isTrue();
        }
        assertThat(text.replaceAll("\\s+", "").contains(LimitNotices.UNBROKEN_WORD))
                .as("the unbroken word in the PDF, every character of it, broken only into lines").isTrue();
        assertThat(lines.substring(lines.length() - 40)).as("the end of the notice").endsWith("Päivitetty 4.1.2027 · versio 1 ");
        assertThat(html.contains(LimitNotices.UNBROKEN_WORD)).as("the unbroken word in the HTML").isTrue();
        assertThat(html.substring(html.length() - 40)).endsWith("</html>\n");
    }
}
