package fi.seloste.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import fi.seloste.batch.BatchCancelled;
import fi.seloste.batch.BatchFailure;
import fi.seloste.batch.Checkpoint;
import fi.seloste.batch.ClientExport;
import fi.seloste.batch.ExportFormat;
import fi.seloste.batch.ExportTexts;
import fi.seloste.clients.ClientScanner;
import fi.seloste.domain.Language;
import fi.seloste.export.PdfWarmUp;
import fi.seloste.export.SafeFiles;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seloste export FILE... --format pdf,html,json --lang fi,sv,en --out DIR [--version N]}. */
@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "pdf,html")
    List<ExportFormat> formats;

    @Option(names = "--lang", split = ",", paramLabel = "LANG")
    List<Language> languages;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    @Option(names = "--version", paramLabel = "N")
    Integer version;

    @Option(names = "--jobs", paramLabel = "N")
    Integer jobs;

    ExportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (version != null && version < 1) {
            cli.note("usage.error", cli.text().get("export.badVersion", version));
            return ExitCodes.USAGE;
        }
        if (formats.contains(ExportFormat.PDF) || formats.contains(ExportFormat.RECORD_PDF)) {
            // While the first file opens on this thread, the PDF renderer gets ready on the other core.
            PdfWarmUp.start();
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            cli.note("export.noFolder", out.toAbsolutePath().toString(), String.valueOf(e.getMessage()));
            return ExitCodes.FILE_FAILED;
        }
        SafeFiles.removeAbandoned(out);
        ClientExport export = new ClientExport(new ClientExport.Plan(EnumSet.copyOf(formats),
                languages == null ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages), out, version),
                cli.clock(), texts(), ClientScanner.Gate.NONE);
        long start = System.nanoTime();
        int failed = new Batch(cli).run(files, threads(), file -> exportOne(export, file));
        double seconds = (System.nanoTime() - start) / 1e9;
        int exported = files.size() - failed;
        cli.note("export.summary", exported, failed, String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.1f", exported / Math.max(seconds, 1e-9)), out.toAbsolutePath().toString());
        return failed == 0 ? ExitCodes.OK : ExitCodes.FILE_FAILED;
    }

    private int threads() {
        return jobs != null && jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
    }

    private ExportTexts texts() {
        return new ExportTexts() {
            @Override
            public String nameTooLong(int maxFileNameBytes, int maxNameBytes) {
                return cli.text().get("export.nameTooLong", maxFileNameBytes, maxNameBytes);
            }

            @Override
            public String sameName(String otherFile) {
                return cli.text().get("export.sameName", otherFile);
            }

            @Override
            public String noSuchVersion(int version) {
                return cli.text().get("export.noSuchVersion", version);
            }
        };
    }

    /** The shared export of one file; what the owner should know about it is told on standard error. */
    private String exportOne(ClientExport export, Path file) throws FileFailure, ClientFileException, IOException {
        ClientExport.Result result;
        try {
            result = export.export(file, Checkpoint.NONE);
        } catch (BatchFailure e) {
            throw new FileFailure(e.getMessage());
        } catch (BatchCancelled e) {
            throw new IllegalStateException("the command line never cancels", e);
        }
        String baseName = ClientFileName.displayName(file);
        for (Map.Entry<Language, Integer> missing : result.missingTranslations().entrySet()) {
            cli.note("export.missingTranslation", baseName, cli.text().get("language.in." + missing.getKey().tag()),
                    missing.getValue());
        }
        if (!result.undrawable().isEmpty()) {
            cli.note("export.undrawable", baseName, String.join(" ", result.undrawable()));
        }
        if (result.draft()) {
            cli.note("export.draft", baseName);
        }
        return cli.text().get("export.written", result.written().size());
    }
}
