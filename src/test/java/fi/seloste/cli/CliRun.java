package fi.seloste.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import fi.seloste.domain.Language;

/** One run of the seloste command line in this JVM: its exit code, standard output and standard error. */
record CliRun(int exitCode, String out, String err) {

    /** The day the tests run on: review dates and export dates are computed from it. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static CliRun of(Language language, String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Helsinki")).toInstant(), ZoneId.of("Europe/Helsinki"));
        int code = SelosteCli.run(language, out, stdout, new PrintWriter(err, true), clock, args);
        out.flush();
        return new CliRun(code, stdout.toString(StandardCharsets.UTF_8), err.toString());
    }

    static CliRun of(String... args) {
        return of(Language.EN, args);
    }
}
