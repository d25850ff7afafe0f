package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.Register;
import fi.seloste.domain.Security;
import fi.seloste.domain.SharedSection;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.ui.ClientSession;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The wizard's state: the whole notice as one immutable snapshot that every step reads, the register the
 * per-register steps show, and the language the owner is writing in. A change replaces the snapshot and is
 * saved at once; steps never copy data between each other.
 */
public final class NoticeEditor {

    private final ClientSession session;
    private final ReadOnlyObjectWrapper<Notice> notice;
    private final ObjectProperty<Long> selectedRegisterId = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> textLanguage = new SimpleObjectProperty<>(Language.FI);
    private final Removals removals = new Removals();
    private final ExpandedCards openSystemCards = new ExpandedCards();
    private final ReadOnlyObjectWrapper<ProcessingRecord> record;
    private final OldNoticeMarks oldNoticeMarks;

    public NoticeEditor(ClientSession session) {
        this.session = session;
        this.oldNoticeMarks = new OldNoticeMarks(session);
        this.notice = new ReadOnlyObjectWrapper<>(session.loaded());
        this.record = new ReadOnlyObjectWrapper<>(session.loadedRecord());
        session.loaded().registers().stream().findFirst().ifPresent(r -> selectedRegisterId.set(r.id()));
    }

    public ReadOnlyObjectProperty<Notice> notice() {
        return notice.getReadOnlyProperty();
    }

    public Notice current() {
        return notice.get();
    }

    public ObjectProperty<Long> selectedRegisterId() {
        return selectedRegisterId;
    }

    public Optional<Register> selectedRegister() {
        return register(selectedRegisterId.get());
    }

    public Optional<Register> register(Long id) {
        return id == null ? Optional.empty() : current().registers().stream().filter(r -> r.id() == id).findFirst();
    }

    /** The internal record of processing (Art. 30) beside the notice; never part of the notice or its sign-off. */
    public ReadOnlyObjectProperty<ProcessingRecord> record() {
        return record.getReadOnlyProperty();
    }

    public ProcessingRecord currentRecord() {
        return record.get();
    }

    /** Changes the whole record of processing and saves it. */
    public void changeRecord(UnaryOperator<ProcessingRecord> change) {
        ProcessingRecord changed = change.apply(record.get());
        if (!changed.equals(record.get())) {
            record.set(changed);
            session.saveRecord(changed);
        }
    }

    /** Changes the record's part of one register and saves the record. */
    public void changeRegisterRecord(long registerId, UnaryOperator<RegisterRecord> change) {
        changeRecord(r -> r.with(change.apply(r.of(registerId))));
    }

    /** The language of the owner's prose being edited; fixed texts follow the UI language. */
    public ObjectProperty<Language> textLanguage() {
        return textLanguage;
    }

    public void changeController(UnaryOperator<Controller> change) {
        Notice n = current();
        Controller changed = change.apply(n.controller());
        if (!changed.equals(n.controller())) {
            notice.set(n.withController(changed));
            session.saveController(changed);
        }
    }

    /** Changes the contact person; the operator gets Person.EMPTY when there is none, and may return null. */
    public void changeContactPerson(UnaryOperator<Person> change) {
        Notice n = current();
        Person changed = change.apply(n.contactPerson() == null ? Person.EMPTY : n.contactPerson());
        if (!java.util.Objects.equals(changed, n.contactPerson())) {
            notice.set(n.withContactPerson(changed));
            session.saveContactPerson(changed);
        }
    }

    /** Changes the data protection officer; null means the client has none. */
    public void changeDataProtectionOfficer(UnaryOperator<Person> change) {
        Notice n = current();
        Person changed = change.apply(n.dataProtectionOfficer() == null ? Person.EMPTY : n.dataProtectionOfficer());
        if (!java.util.Objects.equals(changed, n.dataProtectionOfficer())) {
            notice.set(n.withDataProtectionOfficer(changed));
            session.saveDataProtectionOfficer(changed);
        }
    }

    public void removeDataProtectionOfficer() {
        changeDataProtectionOfficer(p -> null);
    }

    public void changeSettings(UnaryOperator<NoticeSettings> change) {
        Notice n = current();
        NoticeSettings changed = change.apply(n.settings());
        if (!changed.equals(n.settings())) {
            notice.set(n.withSettings(changed));
            session.saveSettings(changed);
        }
    }

    public void changeRegister(long id, UnaryOperator<Register.Builder> change) {
        List<Register> registers = new ArrayList<>(current().registers());
        for (int i = 0; i < registers.size(); i++) {
            if (registers.get(i).id() == id) {
                Register changed = change.apply(registers.get(i).toBuilder()).build();
                if (!changed.equals(registers.get(i))) {
                    registers.set(i, changed);
                    replaceRegisters(registers);
                    session.saveRegister(changed);
                }
                return;
            }
        }
    }

    /** Changes the business's security measures, which apply to every register, and saves them. */
    public void changeSecurity(UnaryOperator<Security> change) {
        changeShared(SharedSection.SECURITY, n -> n.withSecurity(change.apply(n.security())));
    }

    /** Changes the website's cookies, which are the business's, and saves them. */
    public void changeCookies(UnaryOperator<Cookies> change) {
        changeShared(SharedSection.COOKIES, n -> n.withCookies(change.apply(n.cookies())));
    }

    /** Changes the business's systems or which registers use them , and saves both. */
    public void changeSystems(UnaryOperator<Notice> change) {
        Notice before = current();
        changeShared(SharedSection.SYSTEMS, change);
        followSystems(before, current());
    }

    /** The record keeps each processor agreement by the system's place in the register's systems: it follows them. */
    private void followSystems(Notice before, Notice after) {
        for (Register r : after.registers()) {
            Optional<Register> was = before.registers().stream().filter(b -> b.id() == r.id()).findFirst();
            if (was.isEmpty()) {
                continue;
            }
            List<String> old = before.systemsOf(was.get()).stream().map(SystemUse::key).toList();
            List<String> now = after.systemsOf(r).stream().map(SystemUse::key).toList();
            if (!old.equals(now)) {
                changeRegisterRecord(r.id(), part -> part.reindexed(i -> i < old.size() ? now.indexOf(old.get(i)) : -1));
            }
        }
    }

    /** The owner has checked a section an upgrade merged from her registers' answers: its note goes. */
    public void confirmSection(SharedSection section) {
        changeShared(section, n -> n.withSectionChecked(section));
    }

    /**
     * Changes a shared section. A merge note stays until she confirms the section with its button: one change (a
     * box ticked) is not a check of everything the merge joined.
     */
    private void changeShared(SharedSection section, UnaryOperator<Notice> change) {
        Notice before = current();
        Notice changed = change.apply(before);
        if (!changed.equals(before)) {
            notice.set(changed);
            session.saveShared(changed);
        }
    }

    /** Changes the register the per-register steps show; nothing when there is none. */
    public void changeSelectedRegister(UnaryOperator<Register.Builder> change) {
        selectedRegister().ifPresent(r -> changeRegister(r.id(), change));
    }

    /** Adds a register with the given content (its id is ignored) and selects it once stored. */
    public void addRegister(Register content) {
        addRegister(content, added -> { });
    }

    /** beforeShown runs once the register is stored, before the wizard shows it. */
    private void addRegister(Register content, Consumer<Register> beforeShown) {
        session.addRegister(content, added -> {
            beforeShown.accept(added);
            List<Register> registers = new ArrayList<>(current().registers());
            registers.add(added);
            replaceRegisters(registers);
            selectedRegisterId.set(added.id());
        });
    }

    /**
     * Deletes the register (the file deletes its marks from the old notice with it) and returns it as it was, with
     * those marks, for an undo; empty when there is no such register.
     */
    public Optional<DeletedRegister> deleteRegister(long id) {
        Optional<Register> removed = register(id);
        return removed.map(r -> {
            List<Register> registers = new ArrayList<>(current().registers());
            registers.remove(r);
            replaceRegisters(registers);
            if (Long.valueOf(id).equals(selectedRegisterId.get())) {
                selectedRegisterId.set(registers.isEmpty() ? null : registers.get(0).id());
            }
            List<FromOldNotice> marks = oldNoticeMarks.removeRegister(id);
            session.deleteRegister(id);
            return new DeletedRegister(r, marks);
        });
    }

    /** The undo of a deletion: the register comes back (under a new id) with its marks still to check. */
    public void restoreRegister(DeletedRegister deleted) {
        addRegister(deleted.register(), added -> oldNoticeMarks.restoreRegister(deleted.marks(), added.id()));
    }

    /** A register as it was when deleted, and the marks from the old notice it had then. */
    public record DeletedRegister(Register register, List<FromOldNotice> marks) {

        public DeletedRegister {
            marks = List.copyOf(marks);
        }
    }

    /** What the owner removed in this file since it was opened, to be brought back by undo. */
    Removals removals() {
        return removals;
    }

    /** The system cards open for editing, which stay open while the step is built again. */
    ExpandedCards openSystemCards() {
        return openSystemCards;
    }

    /** The values taken from an old notice that the owner has yet to check. */
    public OldNoticeMarks oldNoticeMarks() {
        return oldNoticeMarks;
    }

    /** The file's sign-off versions, the sign-offs made and the exports, all through the disk thread. */
    public ClientSession session() {
        return session;
    }

    private void replaceRegisters(List<Register> registers) {
        notice.set(current().withRegisters(registers));
    }
}
