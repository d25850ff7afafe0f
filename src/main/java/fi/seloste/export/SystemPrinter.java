package fi.seloste.export;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Destination;
import javax.print.attribute.standard.JobName;

/** Printing through Java's {@link PrinterJob}: the operating system's printers and its print dialog. */
public final class SystemPrinter implements Printer {

    @Override
    public boolean installed() {
        return PrinterJob.lookupPrintServices().length > 0;
    }

    @Override
    public Optional<String> print(Pageable pages, String jobName) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPageable(pages);
        job.setJobName(jobName);
        if (!job.printDialog()) {
            return Optional.empty();
        }
        job.print();
        PrintService service = job.getPrintService();
        return Optional.of(service == null ? "" : service.getName());
    }

    /**
     * The dialog that fills in an attribute set, so that what the user chose (copies, sides, paper, page range) can be
     * handed to each later job, with the print service chosen.
     */
    @Override
    public Optional<PrintSession> chooseOnce(String jobName) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        PrintRequestAttributeSet chosen = new HashPrintRequestAttributeSet();
        if (!job.printDialog(chosen)) {
            return Optional.empty();
        }
        PrintService service = job.getPrintService();
        if (service == null) {
            throw new PrinterException("the print dialog chose no printer");
        }
        return Optional.of(printingOn(service, chosen));
    }

    /** Prints each document on this service with these settings; what {@link #chooseOnce} gives after its dialog. */
    static PrintSession printingOn(PrintService service, PrintRequestAttributeSet attributes) {
        return new Chosen(service, new HashPrintRequestAttributeSet(attributes));
    }

    /**
     * One job per document on the printer chosen, with the settings chosen and the document's own job name. When the
     * owner chose to print to a file, each document gets a file of its own: the name chosen for the first, then
     * that name with -2, -3 … before its extension, never over a file that is there already (one file for all would
     * keep only the last client's notice).
     */
    private static final class Chosen implements PrintSession {

        private final PrintService service;
        private final PrintRequestAttributeSet attributes;
        private int jobs;

        Chosen(PrintService service, PrintRequestAttributeSet attributes) {
            this.service = service;
            this.attributes = attributes;
        }

        @Override
        public Optional<String> print(Pageable pages, String jobName) throws PrinterException {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setPageable(pages);
            job.setJobName(jobName);
            PrintRequestAttributeSet each = new HashPrintRequestAttributeSet(attributes);
            // The name the dialog had was the whole print's; each job is the print queue's line for one notice.
            each.add(new JobName(jobName, Locale.getDefault()));
            jobs++;
            if (attributes.get(Destination.class) instanceof Destination chosenFile) {
                each.add(fileOfJob(chosenFile, jobs));
            }
            job.print(each);
            return Optional.of(service.getName());
        }
    }

    /** The file the n-th job of a print to a file goes to (see {@link Chosen}). */
    static Destination fileOfJob(Destination chosen, int job) {
        URI uri = chosen.getURI();
        if (job == 1 || !"file".equalsIgnoreCase(uri.getScheme())) {
            return chosen;
        }
        Path first = Path.of(uri);
        String name = first.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path candidate = first.resolveSibling(stem + "-" + job + extension);
        for (int again = 2; Files.exists(candidate); again++) {
            candidate = first.resolveSibling(stem + "-" + job + " (" + again + ")" + extension);
        }
        return new Destination(candidate.toUri());
    }
}
