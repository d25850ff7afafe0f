package fi.seloste.domain.diff;

import static fi.seloste.domain.diff.NoticeComparison.addedAndRemoved;
import static fi.seloste.domain.diff.NoticeComparison.name;
import static fi.seloste.domain.diff.NoticeComparison.names;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;

/** The changes inside one register between two versions, its systems being those of the business it uses. */
final class RegisterComparison {

    private RegisterComparison() {
    }

    static void compare(Notice beforeNotice, Register before, Notice afterNotice, Register after, String register,
                        List<Change> changes) {
        addedAndRemoved(names(before.purposes(), NoticeComparison::purpose), names(after.purposes(), NoticeComparison::purpose),
                ChangeKind.PURPOSE_ADDED, ChangeKind.PURPOSE_REMOVED, register, changes);
        addedAndRemoved(names(before.dataCategories(), c -> name(c.label())), names(after.dataCategories(), c -> name(c.label())),
                ChangeKind.DATA_ADDED, ChangeKind.DATA_REMOVED, register, changes);
        addedAndRemoved(names(beforeNotice.systemsOf(before), s -> s.name()), names(afterNotice.systemsOf(after), s -> s.name()),
                ChangeKind.SYSTEM_ADDED, ChangeKind.SYSTEM_REMOVED, register, changes);
        addedAndRemoved(names(before.recipients(), r -> name(r.name())), names(after.recipients(), r -> name(r.name())),
                ChangeKind.RECIPIENT_ADDED, ChangeKind.RECIPIENT_REMOVED, register, changes);
        addedAndRemoved(transfers(beforeNotice, before), transfers(afterNotice, after), ChangeKind.TRANSFER_ADDED, ChangeKind.TRANSFER_REMOVED,
                register, changes);
        single(!before.sources().equals(after.sources()), ChangeKind.SOURCES_CHANGED, register, changes);
        single(!before.retention().equals(after.retention()), ChangeKind.RETENTION_CHANGED, register, changes);
        single(!before.automatedDecisions().equals(after.automatedDecisions()), ChangeKind.AUTOMATED_DECISIONS_CHANGED,
                register, changes);
    }

    static final String ARROW = " → ";

    /** "HubSpot → US" for every system and recipient whose data goes outside the EU/EEA, one per country. */
    private static Set<String> transfers(Notice notice, Register r) {
        return Stream.concat(
                        notice.systemsOf(r).stream().flatMap(s -> s.transfers().stream().map(t -> s.name() + ARROW + t.country())),
                        r.recipients().stream().flatMap(x -> x.transfers().stream().map(t -> x.name() + ARROW + t.country())))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static void single(boolean changed, ChangeKind kind, String register, List<Change> changes) {
        if (changed) {
            changes.add(new Change(kind, List.of(register)));
        }
    }
}
