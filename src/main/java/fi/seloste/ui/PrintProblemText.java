package fi.seloste.ui;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;

/** Why printing failed, in the UI language: no print dialog where Java runs headless, the printer's own words, or else the usual problem text. */
public final class PrintProblemText {

    private PrintProblemText() {
    }

    public static String of(Throwable error, I18n i18n) {
        if (error instanceof HeadlessException) {
            return i18n.text("print.headless");
        }
        if (error instanceof PrinterException) {
            return i18n.text("print.failed", printersWords(error));
        }
        return ProblemText.of(error, i18n);
    }

    /** The printer's own words (Java's, usually in English), without a closing full stop. */
    private static String printersWords(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        String stripped = message.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
