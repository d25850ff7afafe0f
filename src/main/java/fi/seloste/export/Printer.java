package fi.seloste.export;

import java.awt.HeadlessException;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.util.Optional;

/**
 * The operating system's side of printing: whether a printer is installed, and the print dialog that then prints.
 * {@link SystemPrinter} is the real one; tests put another in its place so that no dialog has to be clicked.
 * Both methods may block (the print dialog waits for the user): never call them on the FX thread.
 */
public interface Printer {

    /** Whether the operating system has at least one printer Java can print pages on. */
    boolean installed();

    /**
     * Shows the print dialog for these pages and, when the user confirms it, prints them.
     *
     * @return the name of the printer the pages went to, or empty when the user cancelled the dialog
     * @throws PrinterException when the printer or the operating system refused the job
     * @throws HeadlessException when Java runs without a display, so no print dialog can be shown
     */
    Optional<String> print(Pageable pages, String jobName) throws PrinterException;
}
