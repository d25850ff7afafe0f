package fi.seloste.testing;

import java.util.Arrays;
import java.util.List;

import fi.seloste.domain.Cookies;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.Security;
import fi.seloste.domain.SharedSectionsMerge;
import fi.seloste.domain.SharedSectionsMerge.RegisterSections;
import fi.seloste.domain.SystemUse;

/**
 * For fixtures written as a register with its own systems, security and cookies (as Seloste kept them before
 * format 10): the notice they make, the sections merged as an upgrade merges them, without the merge notes.
 */
public final class OwnSections {

    private OwnSections() {
    }

    public static RegisterSections of(Register register, List<SystemUse> systems, Security security, Cookies cookies) {
        return new RegisterSections(register, systems, security, cookies);
    }

    public static Notice notice(Notice base, RegisterSections... registers) {
        return notice(base, Arrays.asList(registers));
    }

    /** The notice with one more register that had its own sections, merged with the business's. */
    public static Notice adding(Notice notice, RegisterSections extra) {
        List<RegisterSections> all = new java.util.ArrayList<>();
        notice.registers().forEach(r -> all.add(of(r, notice.systemsOf(r), notice.security(), notice.cookies())));
        all.add(extra);
        return notice(notice, all);
    }

    /** The notice with exactly these systems (keyed s1, s2…), every register using all of them. */
    public static Notice onlySystems(Notice notice, List<SystemUse> systems) {
        List<SystemUse> keyed = new java.util.ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            keyed.add(systems.get(i).withKey("s" + (i + 1)));
        }
        List<String> keys = keyed.stream().map(SystemUse::key).toList();
        return notice.withSystems(List.of()).withSystems(keyed)
                .withRegisters(notice.registers().stream().map(r -> r.toBuilder().systemKeys(keys).build()).toList());
    }

    public static Notice notice(Notice base, List<RegisterSections> registers) {
        return SharedSectionsMerge.merge(base.withRegisters(List.of()), registers).withMergeNotes(base.mergeNotes());
    }
}
