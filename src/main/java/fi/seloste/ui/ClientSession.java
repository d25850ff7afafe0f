package fi.seloste.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Controller;
import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.Register;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedDocuments;
import fi.seloste.domain.SignedVersion;
import fi.seloste.domain.diff.Change;
import fi.seloste.domain.diff.NoticeComparison;
import fi.seloste.export.NoticeExport;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.PdfGlyphs;
import fi.seloste.export.SafeFiles;
import fi.seloste.export.SignedNoticeArchive;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One open client file as the UI sees it: the content loaded when it was opened, and autosaving writers that
 * send each edit to the file on the background thread. Edits stay in the UI when a write fails.
 */
public final class ClientSession {

    /** The documents a sign-off archives: the PDF and web page of each published language, as signed. */
    private static final SignedDocuments ARCHIVED_DOCUMENTS = SignedNoticeArchive::documents;

    private final ClientFile file;
    private final Notice loaded;
    private final ProcessingRecord loadedRecord;
    private final List<FromOldNotice> loadedMarks;
    private final LatestValueWriter<ProcessingRecord> recordWriter;
    private final Background background;
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final ObjectProperty<Throwable> saveProblem = new SimpleObjectProperty<>();
    private final LatestValueWriter<Controller> controllerWriter;
    private final LatestValueWriter<Optional<Person>> contactWriter;
    private final LatestValueWriter<Optional<Person>> dpoWriter;
    private final LatestValueWriter<NoticeSettings> settingsWriter;
    private final LatestValueWriter<Notice> sharedWriter;
    private final Map<Long, LatestValueWriter<Register>> registerWriters = new HashMap<>();
    private VersionActions versionActions = VersionActions.NONE;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>();

    /** loadedMarks: the values taken from an old notice that the owner has yet to check. */
    public ClientSession(ClientFile file, Notice loaded, ProcessingRecord loadedRecord, List<FromOldNotice> loadedMarks,
                         Background background) {
        this.file = file;
        this.loadedMarks = List.copyOf(loadedMarks);
        this.loaded = loaded;
        this.loadedRecord = loadedRecord;
        this.background = background;
        this.path.set(file.path());
        // The writers need the background thread: made after it is set.
        this.recordWriter = writer(file::saveRecord);
        this.controllerWriter = writer(file::saveController);
        this.contactWriter = writer(person -> file.saveContactPerson(person.orElse(null)));
        this.dpoWriter = writer(person -> file.saveDataProtectionOfficer(person.orElse(null)));
        this.settingsWriter = writer(file::saveSettings);
        this.sharedWriter = writer(file::saveShared);
    }

    public Path path() {
        return path.get();
    }

    /**
     * Where the file is as its disk work left it: read off the FX thread while no disk job runs (the client
     * overview), when {@link #path()} may not have caught up with a rename yet.
     */
    public Path pathOnDisk() {
        return file.path();
    }

    /** Where the file is: changes when it is renamed. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path;
    }

    public String fileDisplayName() {
        return ClientFileName.displayName(path.get());
    }

    /**
     * Renames the file after every edit made before this call is written (the disk thread does both in order); the
     * file stays open and the wizard as it is. Hands the old path to whenRenamed.
     */
    public void rename(Path target, Consumer<Path> whenRenamed, Consumer<Throwable> whenFailed) {
        Path before = path.get();
        background.call(() -> {
            file.renameTo(target);
            return file.path();
        }).onSuccess(renamed -> {
            path.set(renamed);
            whenRenamed.accept(before);
        }).onFailure(whenFailed).start();
    }

    /** Writes a whole copy of the file as it is after every edit made before this call; this file stays open. */
    public void saveCopy(Path target, Consumer<Path> whenCopied, Consumer<Throwable> whenFailed) {
        background.call(() -> {
            file.copyTo(target);
            return target.toAbsolutePath();
        }).onSuccess(whenCopied).onFailure(whenFailed).start();
    }

    public Notice loaded() {
        return loaded;
    }

    /** The record of processing as it was when the file was opened. */
    public ProcessingRecord loadedRecord() {
        return loadedRecord;
    }

    /** The values taken from an old notice still to check, as they were when the file was opened. */
    public List<FromOldNotice> loadedMarks() {
        return loadedMarks;
    }

    /** The owner checked the field: its marks are deleted on the disk thread, after every edit made before. */
    public void confirmMark(PlacedFieldKey field, Runnable whenDone) {
        saveState.set(SaveState.SAVING);
        background.call(() -> {
            file.confirmMark(field);
            return field;
        }).onSuccess(done -> {
            saved();
            whenDone.run();
        }).onFailure(this::failed).start();
    }

    /** Keeps marks on values the owner copied from her old notice, after every edit made before. */
    public void addMarks(List<FromOldNotice> marks) {
        saveState.set(SaveState.SAVING);
        background.call(() -> {
            file.addMarks(marks);
            return marks;
        }).onSuccess(done -> saved()).onFailure(this::failed).start();
    }

    /** Saves the record of processing in the background, the latest value winning, as the notice's parts are. */
    public void saveRecord(ProcessingRecord record) {
        saveState.set(SaveState.SAVING);
        recordWriter.submit(record);
    }

    public void saveController(Controller controller) {
        saveState.set(SaveState.SAVING);
        controllerWriter.submit(controller);
    }

    /** Saves the contact person; null removes it. */
    public void saveContactPerson(Person person) {
        saveState.set(SaveState.SAVING);
        contactWriter.submit(Optional.ofNullable(person));
    }

    /** Saves the data protection officer; null means there is none. */
    public void saveDataProtectionOfficer(Person person) {
        saveState.set(SaveState.SAVING);
        dpoWriter.submit(Optional.ofNullable(person));
    }

    public void saveSettings(NoticeSettings settings) {
        saveState.set(SaveState.SAVING);
        settingsWriter.submit(settings);
    }

    /** Saves the business's shared sections (systems and who uses them, security, cookies) as the notice has them. */
    public void saveShared(Notice notice) {
        saveState.set(SaveState.SAVING);
        sharedWriter.submit(notice);
    }

    public void saveRegister(Register register) {
        saveState.set(SaveState.SAVING);
        registerWriters.computeIfAbsent(register.id(), id -> writer(file::saveRegister)).submit(register);
    }

    /** Adds a register with the content the template gives, and hands the stored register to whenAdded. */
    public void addRegister(Register content, Consumer<Register> whenAdded) {
        saveState.set(SaveState.SAVING);
        background.call(() -> {
            Register added = file.addRegister(content.template(), content.name());
            Register filled = content.toBuilder().id(added.id()).build();
            file.saveRegister(filled);
            return filled;
        }).onSuccess(added -> {
            saved();
            whenAdded.accept(added);
        }).onFailure(this::failed).start();
    }

    public void deleteRegister(long id) {
        saveState.set(SaveState.SAVING);
        background.call(() -> {
            file.deleteRegister(id);
            return id;
        }).onSuccess(done -> saved()).onFailure(this::failed).start();
    }

    /**
     * Freezes what is in the file now (every edit made before this call is in it) as the next version, and keeps the
     * documents rendered from it, so that what was signed is what is archived.
     */
    public void signOff(String signer, LocalizedText role, Consumer<SignOff> whenDone) {
        background.call(() -> file.signOff(signer, role, Instant.now(), ARCHIVED_DOCUMENTS))
                .onSuccess(whenDone).onFailure(this::failed).start();
    }

    /** The last signed version, or empty when none is signed yet; read on the disk thread. */
    public void lastSignedVersion(Consumer<Optional<SignedVersion>> whenRead) {
        background.call(() -> {
            OptionalInt last = file.signOffs().stream().mapToInt(SignOff::version).max();
            return last.isEmpty() ? Optional.<SignedVersion>empty() : file.signedVersion(last.getAsInt());
        }).onSuccess(whenRead).onFailure(this::failed).start();
    }

    public void signOffs(Consumer<List<SignOff>> whenRead) {
        background.call(file::signOffs).onSuccess(whenRead).onFailure(this::failed).start();
    }

    /**
     * Exports a signed version, exactly as it was signed, in these languages and formats into this folder, named after
     * the business it was signed for, and says which characters its PDF could not draw.
     */
    public void exportSignedVersion(int version, Set<Language> languages, Set<NoticeExport.Format> formats, Path folder,
                                    ProcessingRecord record, Consumer<VersionExport> whenWritten,
                                    Consumer<Throwable> whenFailed) {
        background.call(() -> {
            SignedVersion signed = file.signedVersion(version).orElseThrow();
            Notice notice = signed.notice();
            List<ArchivedDocument> archived = file.archivedDocuments(version);
            NoticeMeta meta = NoticeMeta.signedVersion(signed.signOff(), archived);
            SafeFiles.removeAbandoned(folder);
            List<Path> files = NoticeExport.writeSigned(signed, archived, record, languages, formats, folder,
                    ExportNames.ofVersion(notice, file.path(), version));
            List<String> undrawable = NoticeExport.Format.anyPdf(formats) ? PdfGlyphs.undrawable(notice, meta, languages)
                    : List.of();
            return new VersionExport(files, undrawable);
        }).onSuccess(whenWritten).onFailure(whenFailed).start();
    }

    /** Every signed version, oldest first, read on the disk thread. */
    public void signedVersions(Consumer<List<SignedVersion>> whenRead, Consumer<Throwable> whenFailed) {
        background.call(file::signedVersions).onSuccess(whenRead).onFailure(whenFailed).start();
    }

    /** A signed version's PDF in one language as it was signed, with its sign-off block: what printing it prints. */
    public void signedVersionPdf(int version, Language language, Consumer<byte[]> whenRendered,
                                 Consumer<Throwable> whenFailed) {
        background.call(() -> SignedNoticeArchive.pdf(file.signedVersion(version).orElseThrow(),
                file.archivedDocuments(version), language)).onSuccess(whenRendered).onFailure(whenFailed).start();
    }

    /** What the signed versions' buttons ask the window to do. */
    public VersionActions versionActions() {
        return versionActions;
    }

    public void setVersionActions(VersionActions actions) {
        this.versionActions = actions;
    }

    /** The changes from one signed version to another, in plain words. */
    public void compareVersions(int older, int newer, Consumer<List<Change>> whenCompared) {
        background.call(() -> NoticeComparison.changes(file.signedVersion(older).orElseThrow().notice(),
                file.signedVersion(newer).orElseThrow().notice())).onSuccess(whenCompared).onFailure(this::failed).start();
    }

    public ReadOnlyObjectProperty<SaveState> saveState() {
        return saveState;
    }

    /** The last write's failure, or null; cleared by the next successful write. */
    public ReadOnlyObjectProperty<Throwable> saveProblem() {
        return saveProblem;
    }

    /** Closes the file after every queued edit has been written; then runs whenClosed on the FX thread. */
    public void close(Runnable whenClosed) {
        background.call(() -> {
            file.close();
            return null;
        }).onSuccess(done -> whenClosed.run()).start();
    }

    private <T> LatestValueWriter<T> writer(LatestValueWriter.Write<T> write) {
        return new LatestValueWriter<>(background, write, this::saved, this::failed);
    }

    private void saved() {
        saveProblem.set(null);
        saveState.set(SaveState.SAVED);
    }

    private void failed(Throwable error) {
        saveProblem.set(error);
        saveState.set(SaveState.FAILED);
    }
}
