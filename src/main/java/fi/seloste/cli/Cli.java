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

    /** A progress line or a warning: standard error, so that standard output stays the result alone. */
    void note(String key, Object... arguments) {
        synchronized (err) {
            err.println(text.get(key, arguments));
            err.flush();
        }
    }

    void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
