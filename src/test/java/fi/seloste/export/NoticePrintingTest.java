package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.Destination;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notice printed through Java's own printing stack (PostScript to a file), and the outcomes of printing. */
class NoticePrintingTest {

    private static final Pattern PAGE_SIZE = Pattern.compile("/PageSize \\[([0-9.]+) ([0-9.]+)\\]");

    @TempDir
    Path dir;

    @Test
    void printsEveryPageOfTheNoticeOnA4ThroughAPostScriptPrintService() throws Exception {
        Notice notice = SeedNotices.physiotherapy();
        byte[] pdf = NoticePdf.render(notice, Language.FI, SeedCases.META);
        int pdfPages = pageCount(pdf);
        assertThat(pdfPages).as("a notice long enough to show that every page is printed").isGreaterThan(1);

        String postScript = printToPostScript(pdf, dir.resolve("notice.ps"));

        assertThat(postScript).startsWith("%!PS-Adobe-");
        assertThat(postScript.lines().filter(line -> line.startsWith("%%Page:")).count()).isEqualTo(pdfPages);
        List<float[]> sizes = pageSizes(postScript);
        assertThat(sizes).as("the media the PostScript asks for").isNotEmpty();
        for (float[] size : sizes) {
            assertThat(size[0]).as("width in points").isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            assertThat(size[1]).as("height in points").isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
        }
    }

    @Test
    void thePostScriptFollowsThePdfsPagesSoTheA4CheckAboveCanFail() throws Exception {
        byte[] letter;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.LETTER));
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            letter = out.toByteArray();
        }
        String postScript = printToPostScript(letter, dir.resolve("letter.ps"));

        assertThat(postScript.lines().filter(line -> line.startsWith("%%Page:")).count()).isEqualTo(1);
        float[] size = pageSizes(postScript).get(0);
        assertThat(size[0]).isCloseTo(PDRectangle.LETTER.getWidth(), Offset.offset(1f));
        assertThat(size[1]).isCloseTo(PDRectangle.LETTER.getHeight(), Offset.offset(1f));
    }

    @Test
    void theDialogGetsEveryA4PageUnderTheJobNameAndTheChosenPrinterIsReported() throws Exception {
        byte[] pdf = NoticePdf.render(SeedNotices.beautySalon(), Language.SV, SeedCases.META);
        FakePrinter printer = new FakePrinter(true, Optional.of("Office laser"));

        NoticePrinting.Result result = NoticePrinting.print(pdf, "Helmenloiste – privacy notice (SV)", printer);

        assertThat(result).isEqualTo(new NoticePrinting.Result(NoticePrinting.Outcome.PRINTED, "Office laser"));
        assertThat(printer.jobNames).containsExactly("Helmenloiste – privacy notice (SV)");
        assertThat(printer.pageCount).isEqualTo(pageCount(pdf));
        assertThat(printer.formats).hasSize(pageCount(pdf)).allSatisfy(format -> {
            assertThat(format.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1d));
            assertThat(format.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1d));
        });
    }

    @Test
    void aCancelledDialogPrintsNothing() throws Exception {
        byte[] pdf = NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, SeedCases.META);
        FakePrinter printer = new FakePrinter(true, Optional.empty());

        assertThat(NoticePrinting.print(pdf, "Flowest", printer).outcome()).isEqualTo(NoticePrinting.Outcome.CANCELLED);
        assertThat(printer.jobNames).hasSize(1);
    }

    @Test
    void withoutAPrinterNoDialogIsShown() throws Exception {
        byte[] pdf = NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, SeedCases.META);
        FakePrinter printer = new FakePrinter(false, Optional.of("never"));

        assertThat(NoticePrinting.print(pdf, "Flowest", printer))
                .isEqualTo(new NoticePrinting.Result(NoticePrinting.Outcome.NO_PRINTER, null));
        assertThat(printer.jobNames).isEmpty();
    }

    @Test
    void theSystemPrintDialogCannotBeShownWithoutADisplay() throws Exception {
        assumeTrue(GraphicsEnvironment.isHeadless(), "the tests run with java.awt.headless=true");
        byte[] pdf = NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, SeedCases.META);
        try (NoticePrinting.Pages pages = NoticePrinting.pages(pdf)) {
            assertThatThrownBy(() -> new SystemPrinter().print(pages.pageable(), "Flowest"))
                    .isInstanceOf(HeadlessException.class);
        }
    }

    @Test
    void theSystemsBatchDialogCannotBeShownWithoutADisplayEither() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "the tests run with java.awt.headless=true");
        assertThatThrownBy(() -> new SystemPrinter().chooseOnce("Seloste – 2 clients"))
                .isInstanceOf(HeadlessException.class);
    }

    @Test
    void thePrinterChosenOncePrintsEachDocumentAsAJobOfItsOwnWithTheSettingsChosenWithoutADialog() throws Exception {
        byte[] first = NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, SeedCases.META);
        byte[] second = NoticePdf.render(SeedNotices.beautySalon(), Language.SV, SeedCases.META);
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).as("the JDK's PostScript stream print service").isNotEmpty();
        Path file = dir.resolve("batch.ps");
        try (OutputStream out = Files.newOutputStream(file)) {
            PrintService service = factories[0].getPrintService(out);
            // What the owner chose in the one dialog: this printer, two copies.
            HashPrintRequestAttributeSet chosen = new HashPrintRequestAttributeSet();
            chosen.add(new Copies(2));
            Printer.PrintSession session = SystemPrinter.printingOn(service, chosen);

            assertThat(NoticePrinting.print(first, "Flowest (FI)", session))
                    .isEqualTo(new NoticePrinting.Result(NoticePrinting.Outcome.PRINTED, service.getName()));
            assertThat(NoticePrinting.print(second, "Helmenloiste (SV)", session).outcome())
                    .isEqualTo(NoticePrinting.Outcome.PRINTED);
        }
        String postScript = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertThat(postScript.lines().filter(line -> line.startsWith("%!PS-Adobe"))).as("one job per document").hasSize(2);
        assertThat(postScript.lines().filter(line -> line.startsWith("%%Page:")).count())
                .as("every page of both documents").isEqualTo(pageCount(first) + pageCount(second));
        assertThat(postScript.lines().filter(line -> line.contains("setpagedevice")))
                .as("each job with the copies chosen in the dialog").hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("/NumCopies 2"));
    }

    private static String printToPostScript(byte[] pdf, Path file) throws Exception {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).as("the JDK's PostScript stream print service").isNotEmpty();
        try (OutputStream out = Files.newOutputStream(file); NoticePrinting.Pages pages = NoticePrinting.pages(pdf)) {
            NoticePrinting.print(pages.pageable(), "Flowest – tietosuojaseloste (FI)", factories[0].getPrintService(out));
        }
        return Files.readString(file, StandardCharsets.ISO_8859_1);
    }

    private static List<float[]> pageSizes(String postScript) {
        List<float[]> sizes = new ArrayList<>();
        Matcher m = PAGE_SIZE.matcher(postScript);
        while (m.find()) {
            sizes.add(new float[] {Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2))});
        }
        return sizes;
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Stands in for the operating system: records what the print dialog would have been given. */
    private static final class FakePrinter implements Printer {
        private final boolean installed;
        private final Optional<String> chosen;
        final List<String> jobNames = new ArrayList<>();
        final List<PageFormat> formats = new ArrayList<>();
        int pageCount = -1;

        FakePrinter(boolean installed, Optional<String> chosen) {
            this.installed = installed;
            this.chosen = chosen;
        }

        @Override
        public boolean installed() {
            return installed;
        }

        @Override
        public Optional<String> print(Pageable pages, String jobName) {
            jobNames.add(jobName);
            pageCount = pages.getNumberOfPages();
            for (int i = 0; i < pageCount; i++) {
                formats.add(pages.getPageFormat(i));
            }
            return chosen;
        }
    }

    @Test
    void printingManyToAFileGivesEachDocumentAFileOfItsOwnAndNeverOneThatIsThere() throws IOException {
        Destination chosen = new Destination(dir.resolve("signed.ps").toUri());
        Files.writeString(dir.resolve("signed-3.ps"), "an earlier print");

        assertThat(SystemPrinter.fileOfJob(chosen, 1)).isEqualTo(chosen);
        assertThat(Path.of(SystemPrinter.fileOfJob(chosen, 2).getURI())).isEqualTo(dir.resolve("signed-2.ps"));
        assertThat(Path.of(SystemPrinter.fileOfJob(chosen, 3).getURI())).isEqualTo(dir.resolve("signed-3 (2).ps"));
        assertThat(Files.readString(dir.resolve("signed-3.ps"))).isEqualTo("an earlier print");
    }
}
