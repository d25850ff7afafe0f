package fi.seloste.clients;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFileProblem;

/**
 * What one client file says at a glance, or why it could not be read ({@link #problem()}, a value, never thrown).
 * signedVersion is 0 when the notice was never signed off; lastSigner and lastSignedAt are then null. errors and
 * warnings are the completeness check's counts on the day {@link #checkedOn()}.
 *
 * @param catalogueUpdates how many systems took catalogue facts older than this Seloste's catalogue
 */
public record ClientSummary(Path file, ClientFileProblem problem, String client, String businessId, int signedVersion,
                            boolean changedSinceSignOff, String lastSigner, Instant lastSignedAt, LocalDate reviewDue,
                            int errors, int warnings, int catalogueUpdates, LocalDate checkedOn) {

    public static ClientSummary unreadable(Path file, ClientFileProblem problem, LocalDate today) {
        return new ClientSummary(file, problem, "", "", 0, false, null, null, null, 0, 0, 0, today);
    }

    /** The file's name without its extension, as Open recent and the command line show it. */
    public String displayName() {
        return ClientFileName.displayName(file);
    }

    public boolean readable() {
        return problem == null;
    }

    public Optional<ClientFileProblem> problemIfAny() {
        return Optional.ofNullable(problem);
    }

    public ClientStatus status() {
        if (signedVersion == 0) {
            return ClientStatus.DRAFT;
        }
        return changedSinceSignOff ? ClientStatus.CHANGED : ClientStatus.SIGNED;
    }

    public ReviewDue reviewDueOn(LocalDate today) {
        return readable() ? ReviewDue.of(reviewDue, today) : ReviewDue.NONE;
    }
}
