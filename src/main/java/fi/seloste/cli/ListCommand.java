package fi.seloste.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import fi.seloste.clients.ClientFolder;
import fi.seloste.clients.ClientIndex;
import fi.seloste.clients.ClientScanner;
import fi.seloste.clients.ClientSummary;
import fi.seloste.export.SafeFiles;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ImportLeftovers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seloste list DIR}: one line per client file in a folder: file, client, Y-tunnus, status (draft, signed, or
 * changed since the last sign-off), the last sign-off, when the yearly review is due, and how many systems have newer
 * facts in this Seloste's catalogue than the file took.
 */
@Command(name = "list", sortOptions = false)
final class ListCommand implements Callable<Integer> {

    /** Dates as in Finland (1.11.2027), in all three languages, as the notice itself writes them. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final Cli cli;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(paramLabel = "DIR", arity = "1", descriptionKey = "folder")
    Path folder;

    ListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<Path> files;
        ImportLeftovers.removeAbandoned(folder);
        SafeFiles.removeAbandoned(folder);
        try {
            files = ClientFolder.clientFiles(folder);
        } catch (NoSuchFileException | NotDirectoryException e) {
            cli.note("list.noFolder", folder.toAbsolutePath().toString());
            return ExitCodes.FILE_FAILED;
        } catch (IOException e) {
            cli.note("list.unreadableFolder", folder.toAbsolutePath().toString(), String.valueOf(e.getMessage()));
            return ExitCodes.FILE_FAILED;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(cli.text().get("list.file"), cli.text().get("list.client"), cli.text().get("list.businessId"),
                cli.text().get("list.status"), cli.text().get("list.lastSignOff"), cli.text().get("list.reviewDue"),
                cli.text().get("list.catalogueUpdates")));
        List<ClientSummary> summaries;
        try {
            summaries = new ClientScanner(ClientIndex.load(ClientIndex.defaultLocation()), cli.clock()).summaries(files);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FILE_FAILED;
        }
        int failed = 0;
        for (ClientSummary summary : summaries) {
            if (summary.readable()) {
                rows.add(row(summary));
            } else {
                failed++;
                rows.add(List.of(summary.displayName(), "", "", cli.text().get("list.unreadable"), "", "", ""));
                cli.note("list.problem", summary.file().getFileName().toString(), Problems.describe(cli.text(),
                        new ClientFileException(summary.problem(), summary.file())));
            }
        }
        cli.print(Table.format(rows));
        cli.note("list.summary", files.size(), failed);
        return failed == 0 ? ExitCodes.OK : ExitCodes.FILE_FAILED;
    }

    private List<String> row(ClientSummary summary) {
        LocalDate review = summary.reviewDue();
        LocalDate today = LocalDate.now(cli.clock());
        return List.of(
                summary.displayName(),
                summary.client(),
                summary.businessId(),
                status(summary),
                summary.signedVersion() == 0 ? "" : cli.text().get("list.signedBy", summary.signedVersion(),
                        DATE.format(summary.lastSignedAt().atZone(FINLAND)), summary.lastSigner()),
                review == null ? "" : review.isBefore(today)
                        ? cli.text().get("list.overdue", DATE.format(review)) : DATE.format(review),
                String.valueOf(summary.catalogueUpdates()));
    }

    private String status(ClientSummary summary) {
        return switch (summary.status()) {
            case DRAFT -> cli.text().get("list.draft");
            case SIGNED -> cli.text().get("list.signed", summary.signedVersion());
            case CHANGED -> cli.text().get("list.changedSince", summary.signedVersion());
        };
    }
}
