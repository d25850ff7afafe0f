package fi.seloste.export;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import javax.print.PrintService;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * The notice on paper: the PDF that {@link NoticePdf} renders, handed page by page to Java's printing
 * ({@code java.awt.print}) through PDFBox's {@link PDFPageable}. Each PDF page is one sheet at the PDF's own size
 * (A4), drawn as vectors. No JavaFX here: the UI calls this off the FX thread, because the print dialog blocks.
 */
public final class NoticePrinting {

    /** How a print ended when nothing went wrong. */
    public enum Outcome {
        /** The pages went to a printer. */
        PRINTED,
        /** The user closed the print dialog without printing. */
        CANCELLED,
        /** The operating system has no printer. */
        NO_PRINTER
    }

    /** How the print ended, and for {@link Outcome#PRINTED} the printer's name. */
    public record Result(Outcome outcome, String printerName) {

        public Result {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private NoticePrinting() {
    }

    /**
     * Prints the PDF through the printer's dialog under this job name (what the print queue shows). Blocks until the
     * user has closed the dialog and the job is handed to the printer.
     *
     * @throws PrinterException when the printer refused the job
     * @throws java.awt.HeadlessException when no print dialog can be shown
     * @throws IOException when the PDF cannot be read
     */
    public static Result print(byte[] pdf, String jobName, Printer printer) throws IOException, PrinterException {
        if (!printer.installed()) {
            return new Result(Outcome.NO_PRINTER, null);
        }
        try (Pages pages = pages(pdf)) {
            Optional<String> printedOn = printer.print(pages.pageable(), jobName);
            return printedOn.map(name -> new Result(Outcome.PRINTED, name)).orElseGet(() -> new Result(Outcome.CANCELLED, null));
        }
    }

    /**
     * Prints the PDF with the printer and settings chosen once for a batch ({@link Printer#chooseOnce}), without a
     * dialog of its own.
     *
     * @throws PrinterException when the printer refused the job
     * @throws IOException when the PDF cannot be read
     */
    public static Result print(byte[] pdf, String jobName, Printer.PrintSession session)
            throws IOException, PrinterException {
        try (Pages pages = pages(pdf)) {
            return session.print(pages.pageable(), jobName).map(name -> new Result(Outcome.PRINTED, name))
                    .orElseGet(() -> new Result(Outcome.CANCELLED, null));
        }
    }

    /** Prints the pages on this print service without a dialog, e.g. on a service that writes PostScript to a file. */
    public static void print(Pageable pages, String jobName, PrintService service) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(service);
        job.setPageable(pages);
        job.setJobName(jobName);
        job.print();
    }

    /** The PDF's pages, ready for a {@link PrinterJob}; they stay readable until closed. */
    public static Pages pages(byte[] pdf) throws IOException {
        return new Pages(Loader.loadPDF(pdf));
    }

    /** A loaded PDF as a {@link Pageable}. */
    public static final class Pages implements AutoCloseable {

        private final PDDocument document;
        private final PDFPageable pageable;

        private Pages(PDDocument document) {
            this.document = document;
            this.pageable = new PDFPageable(document);
        }

        public Pageable pageable() {
            return pageable;
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }
}
