package fi.seloste.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Clock;

import fi.seloste.domain.Language;

/**
 * What every command works with: where to write results (as text, or as bytes for JSON) and progress, the user's
 * language, and today's date.
 */
record Cli(PrintWriter out, OutputStream stdout, PrintWriter err, CliText text, Clock clock) {

    Language language() {
        return text.language();
    }

    /**
     * A progress line or a warning: standard error, so that standard output stays the result alone. Every text
     * argument (a file name, owner text, an error's message) is shown with its control characters escaped.
     */
    void note(String key, Object... arguments) {
        Object[] safe = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            safe[i] = argument == null || argument instanceof Number ? argument : TerminalText.escape(argument.toString());
        }
        synchronized (err) {
            err.println(text.get(key, safe));
            err.flush();
        }
    }

    /** A result: standard output. Control characters in it are shown escaped ({@link TerminalText}). */
    void print(String lines) {
        synchronized (out) {
            out.println(TerminalText.escapeLines(lines));
            out.flush();
        }
    }
}
