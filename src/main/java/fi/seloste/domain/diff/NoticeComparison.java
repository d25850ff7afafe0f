package fi.seloste.domain.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;

/**
 * The changes from one version of a notice to the next, register by register (registers keep their ids across
 * versions). Lists are compared by what a reader sees: names and labels in Finnish, else in another language.
 */
public final class NoticeComparison {

    private NoticeComparison() {
    }

    public static List<Change> changes(Notice before, Notice after) {
        List<Change> changes = new ArrayList<>();
        when(!before.controller().equals(after.controller()), changes, ChangeKind.CONTROLLER_CHANGED);
        when(!Objects.equals(before.contactPerson(), after.contactPerson()), changes, ChangeKind.CONTACT_CHANGED);
        when(!Objects.equals(before.dataProtectionOfficer(), after.dataProtectionOfficer()), changes, ChangeKind.DPO_CHANGED);
        Map<Long, Register> old = before.registers().stream().collect(Collectors.toMap(Register::id, Function.identity()));
        Set<Long> seen = new java.util.HashSet<>();
        for (Register r : after.registers()) {
            Register was = old.get(r.id());
            if (was == null) {
                changes.add(new Change(ChangeKind.REGISTER_ADDED, List.of(name(r.name()))));
            } else {
                seen.add(r.id());
                RegisterComparison.compare(before, was, after, r, name(r.name()), changes);
            }
        }
        before.registers().stream().filter(r -> !seen.contains(r.id()))
                .forEach(r -> changes.add(new Change(ChangeKind.REGISTER_REMOVED, List.of(name(r.name())))));
        when(!before.security().equals(after.security()), changes, ChangeKind.SECURITY_CHANGED);
        when(!before.cookies().equals(after.cookies()), changes, ChangeKind.COOKIES_CHANGED);
        when(!before.settings().rightsInstructions().equals(after.settings().rightsInstructions()), changes,
                ChangeKind.RIGHTS_TEXT_CHANGED);
        when(!before.settings().languages().equals(after.settings().languages()), changes, ChangeKind.LANGUAGES_CHANGED);
        return changes;
    }

    /** What a reader sees of a text: the Finnish, else the Swedish, else the English. */
    static String name(LocalizedText text) {
        return !text.fi().isBlank() ? text.fi().strip() : !text.sv().isBlank() ? text.sv().strip() : text.en().strip();
    }

    static String purpose(Purpose p) {
        return name(p.description()) + (p.basis() == null ? "" : " (" + p.basis().article() + ")");
    }

    /** Adds an ADDED change for each name only in after and a REMOVED change for each only in before. */
    static void addedAndRemoved(Set<String> before, Set<String> after, ChangeKind added, ChangeKind removed,
                                String register, List<Change> changes) {
        for (String name : after) {
            if (!before.contains(name)) {
                changes.add(new Change(added, List.of(register, name)));
            }
        }
        for (String name : before) {
            if (!after.contains(name)) {
                changes.add(new Change(removed, List.of(register, name)));
            }
        }
    }

    static <T> Set<String> names(List<T> items, Function<T, String> name) {
        return items.stream().map(name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void when(boolean changed, List<Change> changes, ChangeKind kind) {
        if (changed) {
            changes.add(new Change(kind, List.of()));
        }
    }
}
