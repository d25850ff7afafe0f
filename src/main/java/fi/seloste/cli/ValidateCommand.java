package fi.seloste.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import fi.seloste.batch.BatchCancelled;
import fi.seloste.batch.BatchFailure;
import fi.seloste.batch.Checkpoint;
import fi.seloste.batch.ClientValidation;
import fi.seloste.catalogue.CatalogueFact;
import fi.seloste.catalogue.CatalogueUpdates;
import fi.seloste.catalogue.FactsUpdate;
import fi.seloste.clients.ClientScanner;
import fi.seloste.domain.check.Finding;
import fi.seloste.domain.check.Severity;
import fi.seloste.store.ClientFileName;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seloste validate FILE...}: the completeness check of the app's review step, for each file, and the systems
 * whose catalogue facts are older than this Seloste's (as warnings). Findings go to standard output; the exit code is
 * 1 when any file has a finding of error severity.
 */
@Command(name = "validate", sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final Cli cli;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    ValidateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AtomicBoolean anyErrors = new AtomicBoolean();
        // One thread: each file's findings are printed together, in the order the files were given.
        int failed = new Batch(cli).run(files, 1, file -> {
            ClientValidation.Result result;
            try {
                result = ClientValidation.validate(file, LocalDate.now(cli.clock()), ClientScanner.Gate.NONE,
                        Checkpoint.NONE);
            } catch (BatchFailure e) {
                throw new FileFailure(e.getMessage());
            } catch (BatchCancelled e) {
                throw new IllegalStateException("the command line never cancels", e);
            }
            report(file, result.findings(), result.updates());
            if (result.errors() > 0) {
                anyErrors.set(true);
            }
            return cli.text().get("validate.counts", result.errors(), result.warnings());
        });
        if (failed > 0) {
            return ExitCodes.FILE_FAILED;
        }
        return anyErrors.get() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** "Klarna (Asiakkaat): the catalogue has newer facts (checked 2.12.2026): transfers, storage. …" */
    private String catalogueUpdate(CatalogueUpdates.Located located) {
        FactsUpdate update = located.update();
        String facts = String.join(", ", Arrays.stream(CatalogueFact.values()).filter(update.changed()::contains)
                .map(f -> cli.text().get("fact." + f.name())).toList());
        String registers = String.join(", ", located.registers().stream()
                .map(r -> r.name().in(cli.language()).isBlank() ? r.name().fi() : r.name().in(cli.language())).toList());
        return cli.text().get("validate.catalogueUpdate", update.current().name(), registers,
                DATE.format(update.checkedOn()), facts);
    }

    /**
     * The file, then its findings one a line: at most {@link Problems#SHOWN}, errors first when there
     * are more. Owner text in a finding (a register's name, a purpose) is escaped, line breaks included, so that it
     * stays on its line.
     */
    private void report(Path file, List<Finding> findings, List<CatalogueUpdates.Located> updates) {
        StringBuilder text = new StringBuilder(TerminalText.escape(ClientFileName.displayName(file)))
                .append(" (").append(TerminalText.escape(file.toString())).append(')');
        int labelWidth = Arrays.stream(Severity.values())
                .mapToInt(s -> cli.text().get("severity." + s.name()).length()).max().orElse(0);
        if (findings.isEmpty() && updates.isEmpty()) {
            text.append(System.lineSeparator()).append("  ").append(cli.text().get("validate.complete"));
        }
        List<Finding> shown = findings.size() <= Problems.SHOWN ? findings
                : findings.stream().sorted(Comparator.comparing(Finding::severity)).limit(Problems.SHOWN)
                        .toList();
        for (Finding finding : shown) {
            String label = cli.text().get("severity." + finding.severity().name());
            text.append(System.lineSeparator()).append("  ").append(label).append(" ".repeat(labelWidth - label.length()))
                    .append("  ").append(TerminalText.escape(finding.message(cli.language())));
        }
        if (shown.size() < findings.size()) {
            text.append(System.lineSeparator()).append("  ")
                    .append(cli.text().get("validate.more", findings.size() - shown.size(), shown.size()));
        }
        String warning = cli.text().get("severity." + Severity.WARNING.name());
        for (CatalogueUpdates.Located located : updates) {
            text.append(System.lineSeparator()).append("  ").append(warning)
                    .append(" ".repeat(labelWidth - warning.length())).append("  ")
                    .append(TerminalText.escape(catalogueUpdate(located)));
        }
        cli.print(text.toString());
    }
}
