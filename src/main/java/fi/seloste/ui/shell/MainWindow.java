package fi.seloste.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.clients.ClientIndex;
import fi.seloste.settings.ClientFoldersStore;
import fi.seloste.settings.WindowBounds;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.ClientFileName;
import fi.seloste.ui.I18n;
import fi.seloste.ui.ProblemText;
import fi.seloste.ui.VersionActions;
import fi.seloste.ui.clients.ClientOverviewModel;
import fi.seloste.ui.clients.ClientOverviewWindow;
import fi.seloste.ui.clients.ReviewReminderBanner;
import fi.seloste.ui.clients.RunningBatches;
import fi.seloste.ui.export.ExportDialog;
import fi.seloste.ui.export.PrintLanguageDialog;
import fi.seloste.ui.help.HelpWindow;
import fi.seloste.ui.oldnotice.OldNoticeDialog;
import fi.seloste.ui.oldnotice.OldNoticeImport;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The main window: puts the view on the stage, keeps its title and size, and carries out the menu commands. */
public final class MainWindow implements ShellMenus.ShellActions {

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private final Stage stage;
    private final ShellViewModel model;
    /** Ends the application as Platform.exit does (Application.stop then writes the edits and closes the file). */
    private final Runnable exit;
    /** The overview's batch work, asked before quitting; it outlives an overview window made anew. */
    private final RunningBatches batches = new RunningBatches();
    private MainView view;
    /** File → Export has been asked for and the dialog is not shown yet (FX thread only). */
    private boolean exportPending;
    /** The client overview's folders and rows: scanned once the file opened at start is open, for the reminder. */
    private ClientOverviewModel clients;
    private ClientOverviewWindow clientsWindow;
    private final BooleanProperty reminderDismissed = ReviewReminderBanner.notDismissed();
    /** The session shown, for the overview's reads off the FX thread. */
    private volatile fi.seloste.ui.ClientSession openSession;
    private volatile boolean appBusy;

    /** @param exit ends the application (Platform.exit; a test's stand-in that only says it was asked) */
    public MainWindow(Stage stage, ShellViewModel model, Runnable exit) {
        this.stage = stage;
        this.model = model;
        this.exit = exit;
        showIconsWhenDecoded(stage);
        clients = newClientOverviewModel();
        view = new MainView(model, i18n(), this);
        view.addBanner(reminderBanner());
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("/fi/seloste/ui/seloste.css")).toExternalForm());
        stage.setScene(scene);
        model.setVersionActions(new VersionActions() {
            @Override
            public void export(int version) {
                exportAsking(version);
            }

            @Override
            public void print(int version) {
                printVersion(version);
            }
        });
        stage.titleProperty().bind(model.title());
        // The window's close button quits as File → Quit does, asking first if a batch runs. Left to the toolkit, the
        // last window closing would end the application with the batch's files half-written.
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        placeAsLastTime(model.settings().window());
        startClientOverviewWhenOpened();
    }

    /**
     * The window's icons are decoded off the FX thread (the first PNG decode loads the image pipeline, some 50-90 ms
     * of a cold start) and set when ready: the window does not wait for its icon.
     */
    private static void showIconsWhenDecoded(Stage stage) {
        java.util.concurrent.CompletableFuture.supplyAsync(() -> ICON_SIZES.stream().map(size -> new Image(
                        Objects.requireNonNull(MainWindow.class.getResourceAsStream("/fi/seloste/ui/icons/seloste-" + size + ".png"))))
                        .toList())
                .whenComplete((icons, failure) -> {
                    if (failure != null) {
                        java.util.logging.Logger.getLogger(MainWindow.class.getName())
                                .log(java.util.logging.Level.WARNING, "The window's icons could not be decoded", failure);
                    } else {
                        Platform.runLater(() -> stage.getIcons().setAll(icons));
                    }
                });
    }

    private ClientOverviewModel newClientOverviewModel() {
        var disk = model.background();
        return new ClientOverviewModel(i18n(), new ClientFoldersStore(model.dirs()), ClientIndex.defaultLocation(),
                java.time.Clock.systemDefaultZone(), new fi.seloste.clients.ClientScanner.Gate() {
                    @Override
                    public <T> T around(Path file, java.util.concurrent.Callable<T> read) throws Exception {
                        // While a file is being opened or made, its session is not shown yet: wait for it.
                        while (appBusy) {
                            Thread.sleep(50);
                        }
                        return disk.besideDiskWork(() -> {
                            // A second connection to the file this window edits would share its open database.
                            var open = openSession;
                            if (open != null && file.equals(open.pathOnDisk().toAbsolutePath().normalize())) {
                                throw new fi.seloste.clients.OpenInThisApp(file);
                            }
                            return read.call();
                        });
                    }

                    @Override
                    public <T> T aroundWrite(Path model, java.util.concurrent.Callable<T> write) throws Exception {
                        while (appBusy) {
                            Thread.sleep(50);
                        }
                        return disk.asDiskWork(() -> {
                            var open = openSession;
                            if (open != null && model.equals(open.pathOnDisk().toAbsolutePath().normalize())) {
                                throw new ClientFileException(ClientFileProblem.LOCKED, model);
                            }
                            return write.call();
                        });
                    }
                });
    }

    /** The overview's scan (for the reminder) waits until the file opened at start is open: one file at a time. */
    private void startClientOverviewWhenOpened() {
        ClientOverviewModel starting = clients;
        openSession = model.session().get();
        appBusy = model.busy().get();
        model.busy().addListener((o, before, now) -> appBusy = now);
        javafx.beans.value.ChangeListener<Path> renamed = (o, before, now) -> clients.setOpenHere(now);
        model.session().addListener((o, before, now) -> {
            openSession = now;
            if (before != null) {
                before.pathProperty().removeListener(renamed);
            }
            if (now != null) {
                now.pathProperty().addListener(renamed);
            }
            clients.setOpenHere(now == null ? null : now.path());
        });
        if (openSession != null) {
            openSession.pathProperty().addListener(renamed);
        }
        starting.setOpenHere(model.session().get() == null ? null : model.session().get().path());
        // Only once the file of this start is open and nothing is being opened or made: before that, the first
        // start may still be creating its file in the folder the overview reads, and a second connection to a file
        // being created would share its database (H2 keeps one per file in a process).
        Runnable startWhenOpen = new Runnable() {
            private boolean started;

            @Override
            public void run() {
                if (!started && model.session().get() != null && !model.busy().get()) {
                    started = true;
                    starting.start();
                }
            }
        };
        model.busy().addListener((o, before, now) -> startWhenOpen.run());
        model.session().addListener((o, before, now) -> startWhenOpen.run());
        startWhenOpen.run();
    }

    private ReviewReminderBanner reminderBanner() {
        return new ReviewReminderBanner(clients, i18n(), () -> clientsWindow().show(true), reminderDismissed);
    }

    private ClientOverviewWindow clientsWindow() {
        if (clientsWindow == null) {
            clientsWindow = new ClientOverviewWindow(stage, clients, i18n(), model.printer(), model::open,
                    file -> FolderOpener.open(file.toAbsolutePath().getParent(),
                            notOpened -> model.problem().set(i18n().text("export.openFolder.none", notOpened))),
                    batches);
        }
        return clientsWindow;
    }

    @Override
    public void clientOverview() {
        clientsWindow().show(false);
    }

    public void show() {
        stage.show();
    }

    /** Keeps the window's place and size for the next start; called as the application stops. */
    public void rememberBounds() {
        model.rememberWindow(bounds());
    }

    /** Puts the window where it was, but never larger than the screen or off it (e.g. a monitor was unplugged). */
    private void placeAsLastTime(WindowBounds bounds) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (bounds.hasPosition()) {
            screen = Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).stream()
                    .findFirst().map(Screen::getVisualBounds).orElse(screen);
        }
        double width = Math.min(bounds.width(), screen.getWidth());
        double height = Math.min(bounds.height(), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        if (bounds.hasPosition()) {
            stage.setX(Math.max(screen.getMinX(), Math.min(bounds.x(), screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(bounds.y(), screen.getMaxY() - height)));
        }
        stage.setMaximized(bounds.maximized());
    }

    private WindowBounds bounds() {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private I18n i18n() {
        return model.i18n().get();
    }

    @Override
    public void newClientFile() {
        NewClientFileDialog.ask(stage, i18n(), model.dirs().defaultClientFolder())
                .ifPresent(client -> model.create(client.file(), client.businessName()));
    }

    @Override
    public void newClientFileFromOldNotice() {
        OldNoticeDialog.ask(stage, i18n(), new OldNoticeImport(model.background()), model.dirs().defaultClientFolder())
                .ifPresent(model::openImported);
    }

    @Override
    public void openClientFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n().text("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n().text("filter.clientFiles"), "*" + ClientFileName.EXTENSION),
                new FileChooser.ExtensionFilter(i18n().text("filter.allFiles"), "*"));
        File folder = model.dirs().defaultClientFolder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    /** Offers the business's name as typed, else the file's own name. */
    @Override
    public void renameClientFile() {
        var session = model.session().get();
        if (session != null) {
            ClientFileNameDialog.askRename(stage, i18n(), session.path(), businessNameOr(session.fileDisplayName()))
                    .ifPresent(model::rename);
        }
    }

    @Override
    public void saveCopyOfClientFile() {
        var session = model.session().get();
        if (session != null) {
            ClientFileNameDialog.askCopy(stage, i18n(), session.path(),
                    i18n().text("copy.defaultName", businessNameOr(session.fileDisplayName()))).ifPresent(model::saveCopy);
        }
    }

    private String businessNameOr(String fallback) {
        var editor = model.editor().get();
        String typed = editor == null ? "" : editor.current().controller().name().strip();
        return typed.isEmpty() ? fallback : typed;
    }

    @Override
    public void exportNotice() {
        exportAsking(null);
    }

    /**
     * Reads the signed versions and checks the notice's characters in the background first, then asks, with the
     * draft or this version chosen. A second request while the first is pending is ignored, and if another file has
     * been opened meanwhile, no dialog is shown for the old one.
     */
    private void exportAsking(Integer version) {
        var editor = model.editor().get();
        var session = model.session().get();
        if (editor == null || session == null || exportPending) {
            return;
        }
        exportPending = true;
        Notice notice = editor.current();
        session.signedVersions(versions -> model.undrawableInPdf(notice, undrawable -> {
            exportPending = false;
            if (model.editor().get() == editor) {
                ExportDialog.ask(stage, i18n(), notice, undrawable, session.path().getParent(), versions, version)
                        .ifPresent(model::export);
            }
        }), error -> {
            exportPending = false;
            model.problem().set(ProblemText.of(error, i18n()));
        });
    }

    /** Prints in the notice's one language, or asks which when it has more than one. */
    @Override
    public void printNotice() {
        var editor = model.editor().get();
        if (editor == null || model.printing().get()) {
            return;
        }
        Notice notice = editor.current();
        Set<Language> languages = notice.settings().languages();
        Optional<Language> language = languages.size() == 1
                ? Optional.of(languages.iterator().next())
                : PrintLanguageDialog.ask(stage, i18n(), notice);
        language.ifPresent(model::print);
    }

    /** Prints a signed version in its one language, or asks which of the languages it was signed in. */
    private void printVersion(int version) {
        var editor = model.editor().get();
        var session = model.session().get();
        if (editor == null || session == null || model.printing().get()) {
            return;
        }
        session.signedVersions(versions -> versions.stream().filter(v -> v.signOff().version() == version).findFirst()
                .filter(v -> model.editor().get() == editor)
                .ifPresent(signed -> {
                    Set<Language> languages = signed.notice().settings().languages();
                    Optional<Language> language = languages.size() == 1
                            ? Optional.of(languages.iterator().next())
                            : PrintLanguageDialog.askForVersion(stage, i18n(), signed.notice(), version);
                    language.ifPresent(chosen -> model.printVersion(version, chosen));
                }), error -> model.problem().set(ProblemText.of(error, i18n())));
    }

    /** File → Quit, its accelerator and the window's close button: asks first while the overview's batch runs. */
    @Override
    public void quit() {
        batches.quitAsking(stage, i18n(), exit);
    }

    @Override
    public void changeLanguage(Language language) {
        model.chooseLanguage(language);
        // Every text of the window is in the old language: it is built anew, with the owner where she was.
        var place = view == null ? null : view.wizardPlace();
        // The overview's texts are in the old language too: made anew, from the index, on the next File → Clients.
        if (clientsWindow != null) {
            clientsWindow.close();
            clientsWindow = null;
        }
        clients.close();
        clients = newClientOverviewModel();
        clients.setOpenHere(model.session().get() == null ? null : model.session().get().path());
        clients.start();
        view = new MainView(model, i18n(), this, place);
        view.addBanner(reminderBanner());
        stage.getScene().setRoot(view);
    }

    @Override
    public void about() {
        AboutDialog.show(stage, i18n());
    }

    @Override
    public void stepHelp() {
        view.stepShown().ifPresentOrElse(step -> HelpWindow.of(stage).showStep(step, i18n()), this::userGuide);
    }

    @Override
    public void userGuide() {
        HelpWindow.of(stage).showGuide(i18n());
    }
}
