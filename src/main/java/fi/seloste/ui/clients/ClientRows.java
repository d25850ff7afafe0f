package fi.seloste.ui.clients;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import fi.seloste.clients.ClientSummary;
import fi.seloste.ui.I18n;

/** A {@link ClientSummary} as the overview shows it, in the UI language. */
final class ClientRows {

    /** Dates as in Finland, in all three languages, as the notice writes them. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private ClientRows() {
    }

    /** The file the main window is editing: not read behind its back; its row says where it is. */
    static ClientRow openHere(java.nio.file.Path file, I18n i18n) {
        return new ClientRow(file, fi.seloste.store.ClientFileName.displayName(file), "", "", null,
                i18n.text("clients.problem.openHere"), 0, 0, null, "", null, fi.seloste.clients.ReviewDue.NONE, 0,
                i18n.text("clients.problem.openHere"));
    }

    static ClientRow of(ClientSummary s, I18n i18n, LocalDate today) {
        if (!s.readable()) {
            String problem = i18n.text("clients.problem." + s.problem().name());
            return new ClientRow(s.file(), s.displayName(), "", "", null, problem, 0, 0, null, "", null,
                    s.reviewDueOn(today), 0, problem);
        }
        String status = switch (s.status()) {
            case DRAFT -> i18n.text("clients.status.draft");
            case SIGNED -> i18n.text("clients.status.signed", s.signedVersion());
            case CHANGED -> i18n.text("clients.status.changed", s.signedVersion());
        };
        String signOff = s.signedVersion() == 0 ? "" : i18n.text("clients.signOff", s.signedVersion(),
                DATE.format(s.lastSignedAt().atZone(FINLAND)), s.lastSigner());
        return new ClientRow(s.file(), s.displayName(), s.client(), s.businessId(), s.status(), status, s.errors(),
                s.warnings(), s.lastSignedAt(), signOff, s.reviewDue(), s.reviewDueOn(today), s.catalogueUpdates(), null);
    }
}
