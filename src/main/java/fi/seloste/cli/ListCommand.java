package fi.seloste.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import fi.seloste.catalogue.CatalogueUpdates;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.export.SafeFiles;
import fi.seloste.interchange.NoticeJson;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
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
            files = clientFiles(folder);
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
        int failed = 0;
        for (Path file : files) {
            try {
                rows.add(row(file));
            } catch (ClientFileException e) {
                failed++;
                rows.add(List.of(file.getFileName().toString(), "", "", cli.text().get("list.unreadable"), "", "", ""));
                cli.note("list.problem", file.getFileName().toString(), Problems.describe(cli.text(), e));
            }
        }
        cli.print(Table.format(rows));
        cli.note("list.summary", files.size(), failed);
        return failed == 0 ? ExitCodes.OK : ExitCodes.FILE_FAILED;
    }

    private static List<Path> clientFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                // Names starting with a dot are Seloste's unfinished imports and exports, and hidden files.
                if (!name.startsWith(".") && !ImportLeftovers.isLeftover(entry) && ClientFileName.isClientFile(entry)
                        && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private List<String> row(Path file) throws ClientFileException {
        Notice notice;
        List<SignOff> signOffs;
        try (ClientFile client = ClientFiles.openToRead(file)) {
            notice = client.load();
            signOffs = client.signOffs();
        }
        SignOff last = signOffs.isEmpty() ? null : signOffs.get(signOffs.size() - 1);
        LocalDate review = notice.settings().nextReview();
        LocalDate today = LocalDate.now(cli.clock());
        return List.of(
                ClientFileName.displayName(file),
                notice.controller().name(),
                notice.controller().businessId(),
                status(notice, last),
                last == null ? "" : cli.text().get("list.signedBy", last.version(),
                        DATE.format(last.signedAt().atZone(FINLAND)), last.signer()),
                review == null ? "" : review.isBefore(today)
                        ? cli.text().get("list.overdue", DATE.format(review)) : DATE.format(review),
                String.valueOf(CatalogueUpdates.of(notice).size()));
    }

    private String status(Notice notice, SignOff last) {
        if (last == null) {
            return cli.text().get("list.draft");
        }
        if (NoticeJson.fingerprint(notice).equals(last.contentSha256())) {
            return cli.text().get("list.signed", last.version());
        }
        return cli.text().get("list.changedSince", last.version());
    }
}
