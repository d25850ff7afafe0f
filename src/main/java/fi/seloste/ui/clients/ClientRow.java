package fi.seloste.ui.clients;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import fi.seloste.clients.ClientStatus;
import fi.seloste.clients.ReviewDue;

/**
 * One row of the client overview, its texts in the UI language. problem is null for a file that was read; the
 * counts and dates are then its own, else zero and null.
 */
public record ClientRow(Path file, String name, String client, String businessId, ClientStatus statusKind,
                        String status, int errors, int warnings, Instant lastSignedAt, String lastSignOff,
                        LocalDate reviewDue, ReviewDue due, int catalogueUpdates, String problem) {

    public boolean readable() {
        return problem == null;
    }

    /** Whether the search text (already lower case) is in any of the row's texts. */
    boolean matches(String search) {
        if (search.isEmpty()) {
            return true;
        }
        for (String text : new String[] {name, client, businessId, status, lastSignOff, problem}) {
            if (text != null && text.toLowerCase(java.util.Locale.ROOT).contains(search)) {
                return true;
            }
        }
        return false;
    }
}
