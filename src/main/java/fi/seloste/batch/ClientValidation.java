package fi.seloste.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fi.seloste.catalogue.CatalogueUpdates;
import fi.seloste.clients.ClientScanner;
import fi.seloste.domain.Notice;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Finding;
import fi.seloste.domain.check.Severity;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFiles;

/**
 * The completeness check of the wizard's review step for one client file, and the systems whose catalogue facts are
 * older than this Seloste's (counted as warnings). Shared by {@code seloste validate} and the overview's "Validate all".
 */
public final class ClientValidation {

    /**
     * The findings (their texts: {@link Finding#message}), the catalogue updates, with their counts, and how many
     * values copied from an old notice the owner has not yet checked (they are not in the notice, so no finding
     * counts them, and a file full of them must not look done).
     */
    public record Result(List<Finding> findings, List<CatalogueUpdates.Located> updates, int uncheckedMarks) {

        public Result {
            findings = List.copyOf(findings);
            updates = List.copyOf(updates);
        }

        public long errors() {
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        }

        public long warnings() {
            return findings.stream().filter(f -> f.severity() == Severity.WARNING).count() + updates.size();
        }
    }

    private ClientValidation() {
    }

    public static Result validate(Path file, LocalDate today, ClientScanner.Gate gate, Checkpoint checkpoint)
            throws BatchFailure, BatchCancelled, ClientFileException, IOException {
        checkpoint.reached(0, 1);
        Path absolute = file.toAbsolutePath().normalize();
        record Read(Notice notice, int marks) {
        }
        Read read = Gates.read(gate, absolute, () -> {
            try (ClientFile client = ClientFiles.openToRead(absolute)) {
                return new Read(client.load(), client.loadMarks().size());
            }
        });
        Notice notice = read.notice();
        Result result = new Result(new CompletenessCheck().check(notice, today), CatalogueUpdates.of(notice),
                read.marks());
        checkpoint.reached(1, 1);
        return result;
    }
}
