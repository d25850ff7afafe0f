package fi.seloste.export;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Optional;

import javax.print.PrintService;

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
}
