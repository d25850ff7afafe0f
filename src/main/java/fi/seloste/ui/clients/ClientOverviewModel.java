package fi.seloste.ui.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.clients.ClientIndex;
import fi.seloste.clients.ClientScanner;
import fi.seloste.clients.ClientSummary;
import fi.seloste.clients.NewClientFrom;
import fi.seloste.settings.ClientFoldersStore;
import fi.seloste.store.ClientFileName;
import fi.seloste.ui.I18n;
import fi.seloste.ui.ProblemText;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The client overview's state: the folders, one row per client file in them, and the work on them. Scans, refreshes
 * and copies run on a thread of the overview's own (so a long first scan never holds up the editor's saves); their
 * results come back on the FX thread. The rows follow the folders as files are written, added and removed.
 */
public final class ClientOverviewModel implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClientOverviewModel.class.getName());

    private final I18n i18n;
    private final ClientFoldersStore foldersStore;
    private final ClientScanner scanner;
    private final Clock clock;
    private final ClientScanner.Gate gate;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "seloste-clients");
        thread.setDaemon(true);
        return thread;
    });
    private final ObservableList<Path> folders = FXCollections.observableArrayList();
    private final ObservableList<ClientRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty scanning = new SimpleBooleanProperty();
    private final BooleanProperty scannedOnce = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty();
    /** Made and used on the worker thread; closed from the FX thread. */
    private volatile FolderWatcher watcher;
    /** The client file the main window has open (set on the FX thread, read by the scans): never read from here. */
    private volatile Path openHere;

    /** @param gate keeps the overview's reads from overlapping the app's own disk work on the same files */
    public ClientOverviewModel(I18n i18n, ClientFoldersStore foldersStore, Path indexFile, Clock clock,
                               ClientScanner.Gate gate) {
        this.i18n = i18n;
        this.foldersStore = foldersStore;
        this.clock = clock;
        this.gate = gate;
        this.scanner = new ClientScanner(ClientIndex.load(indexFile), clock, gate);
    }

    /** Reads the remembered folders, starts watching them and scans them; all off the FX thread. */
    public void start() {
        background(() -> {
            List<Path> remembered = foldersStore.load();
            try {
                watcher = new FolderWatcher(changed -> Platform.runLater(() -> changed.forEach(this::refresh)),
                        () -> Platform.runLater(this::rescan));
            } catch (IOException e) {
                LOG.log(Level.INFO, "No folder watching; the overview refreshes on request only", e);
            }
            return remembered;
        }, remembered -> {
            folders.setAll(remembered);
            rescan();
        });
    }

    public ObservableList<Path> folders() {
        return FXCollections.unmodifiableObservableList(folders);
    }

    /** Every client file's row, sorted by name; the view filters and sorts its own view of them. */
    public ObservableList<ClientRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyBooleanProperty scanning() {
        return scanning;
    }

    /** True once the first scan has ended: the reminder counts only then. */
    public ReadOnlyBooleanProperty scannedOnce() {
        return scannedOnce;
    }

    /** What the last scan or copy had to say (a folder not found, a copy written); null when nothing. */
    public StringProperty message() {
        return message;
    }

    /** Around each read of a client file: the batch work reads through it as the scans do. */
    ClientScanner.Gate gate() {
        return gate;
    }

    Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void rescan() {
        List<Path> wanted = List.copyOf(folders);
        scanning.set(true);
        background(() -> {
            if (watcher != null) {
                watcher.watch(wanted);
            }
            return scanner.scan(wanted, file -> file.equals(openHere));
        }, scan -> {
            scanning.set(false);
            scannedOnce.set(true);
            LocalDate today = today();
            List<ClientRow> all = new ArrayList<>();
            scan.summaries().forEach(s -> all.add(ClientRows.of(s, i18n, today)));
            scan.leftClosed().forEach(file -> all.add(ClientRows.openHere(file, i18n)));
            all.sort(Comparator.comparing(ClientRow::name, String.CASE_INSENSITIVE_ORDER));
            rows.setAll(all);
            message.set(scan.folderProblems().isEmpty() ? null : scan.folderProblems().stream()
                    .map(p -> i18n.text(p.missing() ? "clients.folder.missing" : "clients.folder.unreadable",
                            p.folder().toString()))
                    .reduce((a, b) -> a + " " + b).orElse(null));
        });
    }

    /**
     * The file the main window now has open, or null: its row says so and it is not read; the file it had open
     * before is read again.
     */
    public void setOpenHere(Path file) {
        Path before = openHere;
        openHere = file == null ? null : file.toAbsolutePath().normalize();
        if (openHere != null && folders.contains(openHere.getParent())) {
            putRow(openHere, ClientRows.openHere(openHere, i18n));
        }
        if (before != null && !before.equals(openHere)) {
            refresh(before);
        }
    }

    public void addFolder(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        if (!folders.contains(normalized)) {
            folders.add(normalized);
            rememberFolders();
            rescan();
        }
    }

    public void removeFolder(Path folder) {
        if (folders.remove(folder)) {
            rememberFolders();
            rescan();
        }
    }

    /** Reads the file again (it was written, added or removed) and puts its row in place, or takes it away. */
    public void refresh(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!folders.contains(absolute.getParent()) || absolute.equals(openHere)) {
            return;
        }
        background(() -> Files.isRegularFile(absolute) && !absolute.equals(openHere) ? scanner.refresh(absolute) : null,
                summary -> {
                    if (absolute.equals(openHere)) {
                        return;
                    }
                    if (summary == null) {
                        int at = indexOf(absolute);
                        if (at >= 0) {
                            rows.remove(at);
                        }
                        return;
                    }
                    putRow(absolute, ClientRows.of(summary, i18n, today()));
                });
    }

    private void putRow(Path file, ClientRow row) {
        int at = indexOf(file);
        if (at >= 0) {
            rows.set(at, row);
        } else {
            rows.add(row);
            FXCollections.sort(rows, Comparator.comparing(ClientRow::name, String.CASE_INSENSITIVE_ORDER));
        }
    }

    /** Writes a new client file from the model client's notice, beside it; {@code done} gets the new file. */
    public void newClientFrom(Path model, String clientName, Consumer<Path> done) {
        Path target = ClientFileName.forClient(model.toAbsolutePath().getParent(), clientName);
        background(() -> scanner.writeThroughGate(model, () -> {
            NewClientFrom.write(model, target, clientName);
            return target;
        }), written -> {
            message.set(i18n.text("clients.newFrom.done", ClientFileName.displayName(written),
                    ClientFileName.displayName(model)));
            refresh(written);
            done.accept(written);
        });
    }

    private int indexOf(Path file) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).file().equals(file)) {
                return i;
            }
        }
        return -1;
    }

    private void rememberFolders() {
        List<Path> toSave = new ArrayList<>(folders);
        background(() -> {
            foldersStore.save(toSave);
            return null;
        }, ignored -> { });
    }

    private <T> void background(Callable<T> work, Consumer<T> onFx) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onFx.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> {
                    scanning.set(false);
                    message.set(ProblemText.of(e, i18n));
                });
            }
        });
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        worker.shutdownNow();
    }

    /** For tests: the files of the rows shown now. */
    Set<Path> files() {
        return Set.copyOf(rows.stream().map(ClientRow::file).toList());
    }
}
