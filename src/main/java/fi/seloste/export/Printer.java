package fi.seloste.export;

import java.awt.HeadlessException;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.util.Optional;

/**
 * The operating system's side of printing: whether a printer is installed, and the print dialog that then prints.
 * {@link SystemPrinter} is the real one; tests put another in its place so that no dialog has to be clicked.
 * The methods that show a dialog or print may block (the print dialog waits for the user): never call them on the FX
 * thread.
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

    /**
     * Shows the print dialog once for many documents (a batch print): the printer and the settings chosen there
     * print each of them, with no dialog more.
     *
     * <p>This default keeps no choice: it asks nothing now and shows {@link #print}'s dialog for each document, as a
     * printer that cannot keep one would have to. {@link SystemPrinter} asks once.
     *
     * @param jobName what the dialog calls the whole print, where the operating system shows one
     * @return the choice to print with, or empty when the user closed the dialog without printing
     * @throws PrinterException when the operating system refused the dialog or has no printer to choose
     * @throws HeadlessException when Java runs without a display, so no print dialog can be shown
     */
    default Optional<PrintSession> chooseOnce(String jobName) throws PrinterException {
        return Optional.of(this::print);
    }

    /** The printer and settings chosen once, printing one document after another. */
    @FunctionalInterface
    interface PrintSession {

        /**
         * Prints these pages as chosen, without a dialog.
         *
         * @return the name of the printer the pages went to; empty only from a printer that asks per document,
         *         when the user closed that dialog without printing
         * @throws PrinterException when the printer or the operating system refused the job
         */
        Optional<String> print(Pageable pages, String jobName) throws PrinterException;
    }
}
