package fi.seloste.domain.diff;

import static fi.seloste.domain.diff.NoticeComparison.addedAndRemoved;
import static fi.seloste.domain.diff.NoticeComparison.name;
import static fi.seloste.domain.diff.NoticeComparison.names;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.seloste.domain.Register;

/** The changes inside one register between two versions. */
final class RegisterComparison {

    private RegisterComparison() {
    }

    static void compare(Register before, Register after, String register, List<Change> changes) {
        addedAndRemoved(names(before.purposes(), NoticeComparison::purpose), names(after.purposes(), NoticeComparison::purpose),
                ChangeKind.PURPOSE_ADDED, ChangeKind.PURPOSE_REMOVED, register, changes);
        addedAndRemoved(names(before.dataCategories(), c -> name(c.label())), names(after.dataCategories(), c -> name(c.label())),
                ChangeKind.DATA_ADDED, ChangeKind.DATA_REMOVED, register, changes);
        addedAndRemoved(names(before.systems(), s -> s.name()), names(after.systems(), s -> s.name()),
                ChangeKind.SYSTEM_ADDED, ChangeKind.SYSTEM_REMOVED, register, changes);
        addedAndRemoved(names(before.recipients(), r -> name(r.name())), names(after.recipients(), r -> name(r.name())),
                ChangeKind.RECIPIENT_ADDED, ChangeKind.RECIPIENT_REMOVED, register, changes);
        addedAndRemoved(transfers(before), transfers(after), ChangeKind.TRANSFER_ADDED, ChangeKind.TRANSFER_REMOVED,
                register, changes);
        single(!before.sources().equals(after.sources()), ChangeKind.SOURCES_CHANGED, register, changes);
        single(!before.retention().equals(after.retention()), ChangeKind.RETENTION_CHANGED, register, changes);
        single(!before.security().equals(after.security()), ChangeKind.SECURITY_CHANGED, register, changes);
        single(!before.cookies().equals(after.cookies()), ChangeKind.COOKIES_CHANGED, register, changes);
        single(!before.automatedDecisions().equals(after.automatedDecisions()), ChangeKind.AUTOMATED_DECISIONS_CHANGED,
                register, changes);
    }

    static final String ARROW = " → ";

    /** "HubSpot → US" for every system and recipient whose data goes outside the EU/EEA, one per country. */
    private static Set<String> transfers(Register r) {
        return Stream.concat(
                        r.systems().stream().flatMap(s -> s.transfers().stream().map(t -> s.name() + ARROW + t.country())),
                        r.recipients().stream().flatMap(x -> x.transfers().stream().map(t -> x.name() + ARROW + t.country())))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static void single(boolean changed, ChangeKind kind, String register, List<Change> changes) {
        if (changed) {
            changes.add(new Change(kind, List.of(register)));
        }
    }
}
