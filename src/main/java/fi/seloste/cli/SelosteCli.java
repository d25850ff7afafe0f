package fi.seloste.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.domain.Language;
import fi.seloste.settings.AppDirs;
import fi.seloste.settings.SettingsStore;

import picocli.CommandLine;

/**
 * The {@code seloste} command line: the same program as the desktop app, started with arguments. Results go to
 * standard output, progress and problems to standard error, in the language chosen in the app (or the system's).
 */
public final class SelosteCli {

    private static final Logger LOG = Logger.getLogger(SelosteCli.class.getName());

    private SelosteCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        CliLogging.toLogFile();
        Charset console = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        return run(usersLanguage(), out, System.out, err, Clock.systemDefaultZone(), args);
    }

    static int run(Language language, PrintWriter out, OutputStream stdout, PrintWriter err, Clock clock,
                   String... args) {
        Cli cli = new Cli(out, stdout, err, new CliText(language), clock);
        try {
            return commandLine(cli).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Cli cli) {
        CommandLine line = new CommandLine(new SelosteCommand())
                .addSubcommand(new ExportCommand(cli))
                .addSubcommand(new ValidateCommand(cli))
                .addSubcommand(new ImportCommand(cli))
                .addSubcommand(new ImportNoticeCommand(cli))
                .addSubcommand(new ExportJsonCommand(cli))
                .addSubcommand(new ListCommand(cli))
                .addSubcommand(new RecoverCommand(cli));
        line.registerConverter(fi.seloste.batch.ExportFormat.class, Converters.format(cli.text()));
        line.registerConverter(Language.class, Converters.language(cli.text()));
        line.setResourceBundle(cli.text().help());
        line.setOut(cli.out());
        line.setErr(cli.err());
        line.setParameterExceptionHandler(new UsageErrors(cli));
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            LOG.log(Level.SEVERE, "seloste " + failed.getCommandName() + " failed", e);
            cli.note("internalError", String.valueOf(e));
            return ExitCodes.INTERNAL;
        });
        return line;
    }

    /** The language chosen in the app's settings; otherwise the system's, when Seloste has it; otherwise English. */
    static Language usersLanguage() {
        Language chosen = null;
        try {
            chosen = new SettingsStore(AppDirs.forThisUser().configDir()).load().uiLanguage();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No settings to take the language from", e);
        }
        if (chosen != null) {
            return chosen;
        }
        String system = Locale.getDefault().getLanguage();
        for (Language language : Language.values()) {
            if (language.tag().equals(system)) {
                return language;
            }
        }
        return Language.EN;
    }
}
