package fi.seloste.ui.shell;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.export.NoticeExport;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.NoticePdf;
import fi.seloste.export.NoticePrinting;
import fi.seloste.export.PdfGlyphs;
import fi.seloste.export.SafeFiles;
import fi.seloste.export.Printer;
import fi.seloste.settings.AppDirs;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;
import fi.seloste.settings.WindowBounds;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.ClientFileRecovery;
import fi.seloste.store.ImportLeftovers;
import fi.seloste.store.ClientFiles;
import fi.seloste.ui.Background;
import fi.seloste.ui.ClientSession;
import fi.seloste.ui.ExportNames;
import fi.seloste.ui.I18n;
import fi.seloste.ui.ProblemText;
import fi.seloste.ui.VersionActions;
import fi.seloste.ui.export.ExportRequest;
import fi.seloste.ui.oldnotice.ImportedOldNotice;
import fi.seloste.ui.oldnotice.OldNoticeLeftovers;
import fi.seloste.ui.wizard.NoticeEditor;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: which client file is open, what went wrong last, the recent files and the UI
 * language. All file work goes through the background thread; results arrive on the FX thread.
 */
public final class ShellViewModel {

    private static final Logger LOG = Logger.getLogger(ShellViewModel.class.getName());

    private final Background background;
    private final AppDirs dirs;
    private final SettingsStore settingsStore;
    private final Printer printer;
    private Settings settings;

    private final ObjectProperty<I18n> i18n;
    private final ObjectProperty<ClientSession> session = new SimpleObjectProperty<>();
    private final ObjectProperty<NoticeEditor> editor = new SimpleObjectProperty<>();
    private final ObjectProperty<String> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<String> info = new SimpleObjectProperty<>();
    /** A damaged file that failed to open, whose last trustworthy state can be recovered into a copy. */
    private final ObjectProperty<Path> recoverable = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty printing = new SimpleBooleanProperty();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("Seloste");
    private final ChangeListener<Notice> noticeChanged = (o, before, now) -> {
        updateTitle();
        updateRenameOffer();
    };
    private final ObjectProperty<Path> openPath = new SimpleObjectProperty<>();
    private final ChangeListener<Path> pathChanged = (o, before, now) -> {
        openPath.set(now);
        updateTitle();
        updateRenameOffer();
    };
    /** The business name to offer renaming the file to, or null. */
    private final StringProperty renameOffer = new SimpleStringProperty();
    /** The session whose rename offer the owner turned down. */
    private ClientSession renameDeclined;
    private final ObjectProperty<Path> openableFolder = new SimpleObjectProperty<>();
    private VersionActions versionActions = VersionActions.NONE;
    private final OldNoticeLeftovers oldNoticeLeftovers = new OldNoticeLeftovers();
    /** The info line that {@link #openableFolder} belongs to. */
    private String toldAboutFolder;

    public ShellViewModel(Background background, AppDirs dirs, SettingsStore settingsStore, Settings settings, I18n i18n,
                          Printer printer) {
        this.background = background;
        this.dirs = dirs;
        this.settingsStore = settingsStore;
        this.printer = printer;
        this.settings = settings;
        this.i18n = new SimpleObjectProperty<>(i18n);
        recentFiles.setAll(settings.recentFiles());
        editor.addListener((o, before, now) -> {
            if (before != null) {
                before.notice().removeListener(noticeChanged);
            }
            if (now != null) {
                now.notice().addListener(noticeChanged);
            }
            updateTitle();
        });
        session.addListener((o, before, now) -> {
            if (before != null) {
                before.pathProperty().removeListener(pathChanged);
            }
            if (now != null) {
                now.pathProperty().addListener(pathChanged);
            }
            openPath.set(now == null ? null : now.path());
            updateTitle();
            updateRenameOffer();
        });
        info.addListener((o, before, now) -> {
            if (now == null || !now.equals(toldAboutFolder)) {
                openableFolder.set(null);
            }
        });
        problem.addListener((o, before, now) -> {
            if (now != null) {
                openableFolder.set(null);
            }
        });
    }

    /** The client's name as typed, else the file's name; then the application's. */
    private void updateTitle() {
        NoticeEditor open = editor.get();
        ClientSession current = session.get();
        if (current == null) {
            title.set("Seloste");
            return;
        }
        String typed = open == null ? "" : open.current().controller().name().strip();
        String name = typed.isEmpty() ? current.fileDisplayName() : typed;
        title.set(name + " – Seloste");
    }

    private void updateRenameOffer() {
        NoticeEditor open = editor.get();
        ClientSession current = session.get();
        renameOffer.set(open == null || current == null || current == renameDeclined || open.session() != current ? null
                : RenameSuggestion.of(current.path(), open.current()).orElse(null));
    }

    /** The open file's path (null while none is open); follows a rename. */
    public ReadOnlyObjectProperty<Path> openPath() {
        return openPath;
    }

    /** "Rename the file to …?" while the file has the first file's default name and a business name is typed. */
    public ReadOnlyStringProperty renameOffer() {
        return renameOffer;
    }

    /** Not now: the offer is not made again while this file is open. */
    public void declineRename() {
        renameDeclined = session.get();
        updateRenameOffer();
    }

    /**
     * Renames the open file after the client (the name mapped onto the naming rule), in its folder; it stays open,
     * and the recent files follow. An existing file of that name is never overwritten: the owner is told instead.
     */
    public void rename(String clientName) {
        ClientSession current = session.get();
        if (current == null || clientName.isBlank()) {
            return;
        }
        Path target = ClientFileName.forClient(current.path().getParent(), clientName);
        if (target.equals(current.path())) {
            return;
        }
        problem.set(null);
        current.rename(target, before -> {
            updateSettings(settings.withoutRecentFile(before).withRecentFile(current.path()));
            info.set(i18n.get().text("rename.done", ClientFileName.displayName(current.path())));
        }, error -> problem.set(ProblemText.of(error, i18n.get())));
    }

    /** Writes a whole copy of the open file as this new file; the open file stays open. Never overwrites a file. */
    public void saveCopy(Path target) {
        ClientSession current = session.get();
        if (current == null) {
            return;
        }
        Path file = ClientFileName.withExtension(target);
        problem.set(null);
        current.saveCopy(file, copied -> tell(i18n.get().text("copy.done", ClientFileName.displayName(copied),
                copied.getParent().toString()), copied.getParent()), error -> problem.set(ProblemText.of(error, i18n.get())));
    }

    /**
     * The client file the app opens when it is started without one: the newest recent file that still exists, or
     * else the default client file, created if needed. Leftovers of imports that were cut short are removed first.
     */
    public static Callable<ClientFile> atStartup(AppDirs dirs, Settings settings, I18n i18n) {
        Path defaultFile = ClientFileName.forClient(dirs.defaultClientFolder(), i18n.text("clientfile.defaultName"));
        return () -> {
            ImportLeftovers.removeAbandonedBeside(java.util.stream.Stream.concat(settings.recentFiles().stream(),
                    java.util.stream.Stream.of(defaultFile)).toList());
            Path file = settings.recentFiles().stream().filter(Files::isRegularFile).findFirst().orElse(defaultFile);
            return Files.exists(file) ? ClientFiles.open(file) : ClientFiles.create(file);
        };
    }

    /**
     * Shows the client file the app was started on once it is read. The reading may have begun before the FX
     * toolkit (the launcher starts it on a thread of its own); it is awaited on the disk thread.
     */
    public void openStarted(Callable<OpenedClientFile> reading) {
        busy.set(true);
        problem.set(null);
        background.call(reading).onSuccess(this::show).onFailure(this::failedToOpen).start();
    }

    public void open(Path file) {
        ClientSession current = session.get();
        if (current != null && current.path().equals(file.toAbsolutePath())) {
            return;
        }
        switchTo(() -> ClientFiles.open(file));
    }

    /** Creates the client file and opens it with the business's name filled in, as the owner typed it for the file. */
    public void create(Path file, String businessName) {
        switchTo(() -> {
            ClientFile created = ClientFiles.create(ClientFileName.withExtension(file));
            try {
                if (!businessName.isBlank()) {
                    created.saveController(Controller.EMPTY.withName(businessName));
                }
                return created;
            } catch (ClientFileException e) {
                created.close();
                throw e;
            }
        });
    }

    /** Opens a client file just made of an old notice; what could not be placed is listed beside its wizard. */
    public void openImported(ImportedOldNotice imported) {
        oldNoticeLeftovers.expect(imported);
        open(imported.file());
    }

    /** What could not be placed from the old notice the open file was made of, while this session lasts. */
    public OldNoticeLeftovers oldNoticeLeftovers() {
        return oldNoticeLeftovers;
    }

    /** The disk thread: for the dialogs that read files before anything is opened, and work that must not overlap it. */
    public Background background() {
        return background;
    }

    /** The operating system's printers and print dialog (or a test's stand-in): for the overview's batch printing. */
    public Printer printer() {
        return printer;
    }

    public void close() {
        ClientSession current = session.get();
        if (current != null) {
            session.set(null);
            editor.set(null);
            current.close(() -> { });
        }
    }

    public void chooseLanguage(Language language) {
        i18n.set(I18n.of(language));
        updateSettings(settings.withUiLanguage(language));
    }

    public void rememberWindow(WindowBounds bounds) {
        updateSettings(settings.withWindow(bounds));
    }

    /** Writes every queued edit, closes the file and waits for the background thread to finish. */
    public void shutdown() {
        close();
        background.finishAndStop(Duration.ofSeconds(30));
    }

    public void dismissProblem() {
        problem.set(null);
        info.set(null);
        recoverable.set(null);
    }

    /** Set while the problem shown is a damaged file that {@link #recoverIntoCopy()} can recover from. */
    public ReadOnlyObjectProperty<Path> recoverable() {
        return recoverable;
    }

    /**
     * Recovers the damaged file's last trustworthy state into a new file beside it, leaves the damaged file as it
     * was, opens the copy and says how old the recovered state is.
     */
    public void recoverIntoCopy() {
        Path damaged = recoverable.get();
        if (damaged == null) {
            return;
        }
        recoverable.set(null);
        problem.set(null);
        busy.set(true);
        background.call(() -> ClientFileRecovery.intoCopy(damaged))
                .onSuccess(recovered -> {
                    busy.set(false);
                    String message = RecoveryText.of(recovered, i18n.get());
                    switchTo(() -> ClientFiles.open(recovered.copy()));
                    info.set(message);
                })
                .onFailure(error -> {
                    busy.set(false);
                    problem.set(i18n.get().text("recovery.nothing", ClientFileName.displayName(damaged)));
                })
                .start();
    }

    /**
     * Works out in the background which characters of {@code notice} the PDF cannot draw, then hands them to
     * {@code then} on the FX thread (with none if that failed: the export itself still works).
     */
    public void undrawableInPdf(Notice notice, Consumer<Map<Language, List<String>>> then) {
        background.call(() -> PdfGlyphs.undrawable(notice, NoticeMeta.NONE))
                .onSuccess(then)
                .onFailure(error -> {
                    LOG.log(Level.WARNING, "Could not check which characters the PDF can draw", error);
                    then.accept(Map.of());
                }).start();
    }

    /**
     * Writes the notice as it is now (dated today), or the signed version asked for exactly as it was signed, in the
     * background, named after the business; says where it went and offers to open that folder.
     */
    public void export(ExportRequest request) {
        NoticeEditor open = editor.get();
        if (open == null) {
            return;
        }
        if (request.version() != null) {
            exportVersion(open.session(), open.currentRecord(), request);
            return;
        }
        Notice notice = open.current();
        ProcessingRecord record = open.currentRecord();
        String baseName = ExportNames.of(notice, session.get().path());
        busy.set(true);
        info.set(null);
        problem.set(null);
        background.call(() -> {
                    SafeFiles.removeAbandoned(request.folder());
                    return NoticeExport.write(notice, record, request.languages(), request.formats(), request.folder(),
                            baseName, todaysMeta(notice));
                })
                .onSuccess(files -> {
                    busy.set(false);
                    tell(i18n.get().text("export.done", files.size(), request.folder().toString()), request.folder());
                })
                .onFailure(error -> {
                    busy.set(false);
                    LOG.log(Level.WARNING, "Export failed", error);
                    problem.set(i18n.get().text("export.failed", request.folder().toString()));
                }).start();
    }

    private void exportVersion(ClientSession current, ProcessingRecord record, ExportRequest request) {
        int version = request.version();
        busy.set(true);
        info.set(null);
        problem.set(null);
        current.exportSignedVersion(version, request.languages(), request.formats(), request.folder(), record, done -> {
            busy.set(false);
            String text = i18n.get().text("review.version.exported", version, done.files().size(),
                    request.folder().toString());
            tell(done.undrawable().isEmpty() ? text
                    : text + " " + i18n.get().text("export.undrawable", String.join(" ", done.undrawable())), request.folder());
        }, error -> {
            busy.set(false);
            LOG.log(Level.WARNING, "Export of version " + version + " failed", error);
            problem.set(i18n.get().text("export.failed", request.folder().toString()));
        });
    }

    /** An info line about files written into {@code folder}, which the banner then offers to open. */
    void tell(String text, Path folder) {
        info.set(null);
        toldAboutFolder = text;
        openableFolder.set(folder);
        info.set(text);
    }

    /** The folder the info line is about, or null: its "Open folder" button shows while it is set. */
    public ReadOnlyObjectProperty<Path> openableFolder() {
        return openableFolder;
    }

    /** Shows the folder in the file manager, off the FX thread; says where the files are when that is not possible. */
    public void openFolder() {
        Path folder = openableFolder.get();
        if (folder != null) {
            FolderOpener.open(folder, notOpened -> problem.set(i18n.get().text("export.openFolder.none", notOpened)));
        }
    }

    /** What a signed version's buttons do: set on each session this model opens. */
    public void setVersionActions(VersionActions actions) {
        this.versionActions = actions;
        if (session.get() != null) {
            session.get().setVersionActions(actions);
        }
    }

    /**
     * Prints the notice as it is now (dated today, like the export) in this language. The PDF is rendered on the disk
     * thread; the print dialog and the printing run on a thread of their own, because both block until they end.
     * The outcome comes back on the FX thread: a line saying where it went, or what went wrong. Nothing is written.
     */
    public void print(Language language) {
        NoticeEditor open = editor.get();
        ClientSession current = session.get();
        if (open == null || current == null || printing.get()) {
            return;
        }
        Notice notice = open.current();
        String typed = notice.controller().name().strip();
        String client = typed.isEmpty() ? current.fileDisplayName() : typed;
        String tag = language.tag().toUpperCase(Locale.ROOT);
        String jobName = i18n.get().text("print.jobName", client, tag);
        printing.set(true);
        info.set(null);
        problem.set(null);
        background.call(() -> {
                    NoticeMeta meta = todaysMeta(notice);
                    return new PrintJob(NoticePdf.render(notice, language, meta),
                            PdfGlyphs.undrawable(notice, meta, Set.of(language)));
                })
                .onSuccess(job -> printOnItsOwnThread(job, jobName, printer -> i18n.get().text("print.done", tag, printer)))
                .onFailure(this::printFailed)
                .start();
    }

    /** Dated today; marked as a draft on every page while the completeness check finds errors. */
    private static NoticeMeta todaysMeta(Notice notice) {
        LocalDate today = LocalDate.now();
        return new NoticeMeta(today, null).withDraft(CompletenessCheck.hasErrors(notice, today));
    }

    /** The pages to print, and the characters they show as "#". */
    private record PrintJob(byte[] pdf, List<String> undrawable) {
    }

    /**
     * Prints a signed version in this language as it was signed off: with its sign-off block and the line for a
     * handwritten signature, for the paper archive. Rendered (or read from the archive) on the disk thread.
     */
    public void printVersion(int version, Language language) {
        NoticeEditor open = editor.get();
        ClientSession current = session.get();
        if (open == null || current == null || printing.get()) {
            return;
        }
        String typed = open.current().controller().name().strip();
        String client = typed.isEmpty() ? current.fileDisplayName() : typed;
        String tag = language.tag().toUpperCase(Locale.ROOT);
        String jobName = i18n.get().text("print.version.jobName", client, version, tag);
        printing.set(true);
        info.set(null);
        problem.set(null);
        current.signedVersionPdf(version, language, pdf -> printOnItsOwnThread(new PrintJob(pdf, List.of()), jobName,
                printer -> i18n.get().text("print.version.done", version, tag, printer)), this::printFailed);
    }

    private void printOnItsOwnThread(PrintJob job, String jobName, java.util.function.UnaryOperator<String> doneText) {
        Thread thread = new Thread(() -> {
            try {
                NoticePrinting.Result result = NoticePrinting.print(job.pdf(), jobName, printer);
                Platform.runLater(() -> printEnded(result, doneText, job.undrawable()));
            } catch (Throwable e) { // whatever happens, the owner hears of it and File → Print… comes back
                Platform.runLater(() -> printFailed(e));
            }
        }, "seloste-print");
        thread.setDaemon(true);
        thread.start();
    }

    private void printEnded(NoticePrinting.Result result, java.util.function.UnaryOperator<String> doneText,
                            List<String> undrawable) {
        printing.set(false);
        switch (result.outcome()) {
            case PRINTED -> info.set(doneText.apply(result.printerName())
                    + (undrawable.isEmpty() ? "" : " " + i18n.get().text("print.undrawable", String.join(" ", undrawable))));
            case NO_PRINTER -> problem.set(i18n.get().text("print.noPrinter"));
            case CANCELLED -> { }
        }
    }

    private void printFailed(Throwable error) {
        printing.set(false);
        if (error instanceof HeadlessException) {
            LOG.log(Level.INFO, "No print dialog: Java runs headless", error);
        } else if (error instanceof PrinterException) {
            LOG.log(Level.WARNING, "Printing failed", error);
        }
        problem.set(fi.seloste.ui.PrintProblemText.of(error, i18n.get()));
    }

    /** True from File → Print… until the print is handed over, cancelled or failed. */
    public ReadOnlyBooleanProperty printing() {
        return printing;
    }

    public ObjectProperty<String> info() {
        return info;
    }

    private void switchTo(Callable<ClientFile> opening) {
        openStarted(() -> OpenedClientFile.read(opening));
    }

    private void show(OpenedClientFile opened) {
        close();
        ClientSession next = new ClientSession(opened.file(), opened.notice(), opened.record(), opened.marks(), background);
        next.setVersionActions(versionActions);
        oldNoticeLeftovers.opened(next);
        session.set(next);
        editor.set(new NoticeEditor(next));
        busy.set(false);
        updateSettings(settings.withRecentFile(opened.file().path()));
    }

    private void failedToOpen(Throwable error) {
        busy.set(false);
        problem.set(fi.seloste.ui.ProblemText.of(error, i18n.get()));
        recoverable.set(error instanceof ClientFileException e && e.problem() == ClientFileProblem.DAMAGED
                ? e.path() : null);
        if (error instanceof ClientFileException e && e.problem() == ClientFileProblem.NOT_FOUND) {
            updateSettings(settings.withoutRecentFile(e.path()));
        }
    }

    private void updateSettings(Settings changed) {
        settings = changed;
        recentFiles.setAll(changed.recentFiles());
        background.call(() -> {
            settingsStore.save(changed);
            return null;
        }).onFailure(e -> LOG.log(Level.WARNING, "Settings could not be saved", e)).start();
    }

    public ReadOnlyStringProperty title() {
        return title;
    }

    public ObjectProperty<I18n> i18n() {
        return i18n;
    }

    public ObjectProperty<ClientSession> session() {
        return session;
    }

    public ObjectProperty<NoticeEditor> editor() {
        return editor;
    }

    public ObjectProperty<String> problem() {
        return problem;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public Settings settings() {
        return settings;
    }


    public AppDirs dirs() {
        return dirs;
    }
}
