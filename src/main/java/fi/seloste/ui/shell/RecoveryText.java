package fi.seloste.ui.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFileRecovery.Recovered;
import fi.seloste.ui.I18n;

/** Tells the owner what a recovery kept and how old it is, so that she knows which changes to make again. */
final class RecoveryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy H.mm");

    private RecoveryText() {
    }

    static String of(Recovered recovered, I18n i18n) {
        String copy = ClientFileName.displayName(recovered.copy());
        StringBuilder text = new StringBuilder();
        if (recovered.fromSignedVersion() > 0) {
            text.append(i18n.text("recovery.fromSigned", copy, recovered.fromSignedVersion(),
                    when(recovered.savedAt().orElseThrow())));
        } else if (recovered.savedAt().isPresent()) {
            text.append(i18n.text("recovery.saved", copy, when(recovered.savedAt().get())));
        } else {
            text.append(i18n.text("recovery.savedUnknown", copy));
        }
        recovered.lostChangesUpTo()
                .ifPresent(reach -> text.append(' ').append(i18n.text("recovery.reachesTo", when(reach))));
        if (!recovered.lostVersions().isEmpty()) {
            text.append(' ').append(i18n.text("recovery.lostVersions", recovered.lostVersions().stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")), recovered.lostVersions().size()));
        }
        text.append(' ').append(i18n.text("recovery.originalKept"));
        return text.toString();
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
