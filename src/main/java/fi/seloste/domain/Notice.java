package fi.seloste.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything one client file says: the whole privacy notice of one client business. contactPerson and
 * dataProtectionOfficer are null when there is none. systems, security and cookies are the business's, said once
 * for all registers; each register names the systems that hold its data ({@link #systemsOf}). mergeNotes are the
 * shared sections an upgrade made from registers' differing answers, for the owner to check. A register's system
 * keys are kept in the order of the systems; a key no system has names nothing ({@link #systemsOf} leaves it out).
 */
public record Notice(Controller controller, Person contactPerson, Person dataProtectionOfficer, NoticeSettings settings,
                     List<Register> registers, List<SystemUse> systems, Security security, Cookies cookies,
                     List<MergeNote> mergeNotes) {

    public static final Notice EMPTY = Notice.withoutSharedSections(Controller.EMPTY, null, null, NoticeSettings.DEFAULT, List.of());

    /**
     * A notice with these registers and nothing yet in the shared sections (systems, security, cookies, merge notes).
     * Not a copy of another notice: for that use the with-methods, which keep the shared sections.
     */
    public static Notice withoutSharedSections(Controller controller, Person contactPerson,
                                               Person dataProtectionOfficer, NoticeSettings settings,
                                               List<Register> registers) {
        return new Notice(controller, contactPerson, dataProtectionOfficer, settings, registers, List.of(),
                Security.NONE, Cookies.NONE, List.of());
    }

    public Notice {
        controller = Objects.requireNonNullElse(controller, Controller.EMPTY);
        settings = Objects.requireNonNullElse(settings, NoticeSettings.DEFAULT);
        systems = systems == null ? List.of() : SystemKeys.keyed(systems);
        registers = SystemKeys.inSystemOrder(registers, systems);
        security = Objects.requireNonNullElse(security, Security.NONE);
        cookies = Objects.requireNonNullElse(cookies, Cookies.NONE);
        mergeNotes = mergeNotes == null ? List.of() : oneNotePerSection(mergeNotes);
    }

    /** A section is merged once: notes of one section become one, each register named once, in section order. */
    private static List<MergeNote> oneNotePerSection(List<MergeNote> notes) {
        java.util.Map<SharedSection, java.util.LinkedHashSet<String>> names = new java.util.EnumMap<>(SharedSection.class);
        notes.forEach(n -> names.computeIfAbsent(n.section(), s -> new java.util.LinkedHashSet<>()).addAll(n.registerNames()));
        return names.entrySet().stream().map(e -> new MergeNote(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public Notice withController(Controller newController) {
        return new Notice(newController, contactPerson, dataProtectionOfficer, settings, registers, systems, security,
                cookies, mergeNotes);
    }

    public Notice withContactPerson(Person value) {
        return new Notice(controller, value, dataProtectionOfficer, settings, registers, systems, security, cookies,
                mergeNotes);
    }

    public Notice withDataProtectionOfficer(Person value) {
        return new Notice(controller, contactPerson, value, settings, registers, systems, security, cookies, mergeNotes);
    }

    public Notice withSettings(NoticeSettings value) {
        return new Notice(controller, contactPerson, dataProtectionOfficer, value, registers, systems, security, cookies,
                mergeNotes);
    }

    public Notice withRegisters(List<Register> value) {
        return new Notice(controller, contactPerson, dataProtectionOfficer, settings, value, systems, security, cookies,
                mergeNotes);
    }

    /** The notice with these systems; a register no longer names a system that is gone. */
    public Notice withSystems(List<SystemUse> value) {
        Set<String> kept = new HashSet<>();
        value.forEach(s -> kept.add(s.key()));
        Set<String> gone = new HashSet<>();
        systems.stream().map(SystemUse::key).filter(k -> !kept.contains(k)).forEach(gone::add);
        List<Register> using = gone.isEmpty() ? registers : registers.stream()
                .map(r -> r.systemKeys().stream().noneMatch(gone::contains) ? r
                        : r.toBuilder().systemKeys(r.systemKeys().stream().filter(k -> !gone.contains(k)).toList()).build())
                .toList();
        return new Notice(controller, contactPerson, dataProtectionOfficer, settings, using, value, security,
                cookies, mergeNotes);
    }

    public Notice withSecurity(Security value) {
        return new Notice(controller, contactPerson, dataProtectionOfficer, settings, registers, systems, value, cookies,
                mergeNotes);
    }

    public Notice withCookies(Cookies value) {
        return new Notice(controller, contactPerson, dataProtectionOfficer, settings, registers, systems, security, value,
                mergeNotes);
    }

    public Notice withMergeNotes(List<MergeNote> value) {
        return new Notice(controller, contactPerson, dataProtectionOfficer, settings, registers, systems, security,
                cookies, value);
    }

    /** The notice without the note on this section: the owner has changed or confirmed it. */
    public Notice withSectionChecked(SharedSection section) {
        return mergeNotes.stream().noneMatch(n -> n.section() == section) ? this
                : withMergeNotes(mergeNotes.stream().filter(n -> n.section() != section).toList());
    }

    /**
     * The notice with one more system, given a fresh key, used by the given registers (by id). Returns the notice;
     * the new system is the last of {@link #systems()}.
     */
    public Notice withSystemAdded(SystemUse system, Set<Long> registerIds) {
        SystemUse keyed = system.withKey(SystemKeys.fresh(systems, registers));
        List<SystemUse> more = new ArrayList<>(systems);
        more.add(keyed);
        List<Register> using = registers.stream()
                .map(r -> registerIds.contains(r.id()) ? withKey(r, keyed.key()) : r).toList();
        return new Notice(controller, contactPerson, dataProtectionOfficer, settings, using, more, security, cookies,
                mergeNotes);
    }

    private static Register withKey(Register r, String key) {
        List<String> keys = new ArrayList<>(r.systemKeys());
        keys.add(key);
        return r.toBuilder().systemKeys(keys).build();
    }

    /** The business's systems that hold this register's data, in the order the business lists them. */
    public List<SystemUse> systemsOf(Register register) {
        return systems.stream().filter(s -> register.uses(s.key())).toList();
    }

    /** The registers whose data this system holds, in the order they are listed. */
    public List<Register> registersUsing(SystemUse system) {
        return registers.stream().filter(r -> r.uses(system.key())).toList();
    }

    /** Every transfer the register's systems and recipients make, in the order the owner listed them. */
    public Stream<Transfer> allTransfers(Register register) {
        return Stream.concat(systemsOf(register).stream().flatMap(s -> s.transfers().stream()),
                register.recipients().stream().flatMap(x -> x.transfers().stream()));
    }
}
