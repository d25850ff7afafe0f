package fi.seloste.ui.clients;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import fi.seloste.export.Printer;
import fi.seloste.ui.I18n;

import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File → Clients: the client overview in a window of its own beside the main window, made once and shown again. */
public final class ClientOverviewWindow {

    private final Window owner;
    private final ClientOverviewModel model;
    private final I18n i18n;
    private final Printer printer;
    private final Consumer<Path> open;
    private final Consumer<Path> reveal;
    private final RunningBatches batches;
    private Stage stage;
    private ClientOverviewView view;
    private ClientBatch batch;
    /** Asked to close during a batch and confirmed: closes when the files being worked on have stopped. */
    private boolean closeWhenStopped;

    /**
     * @param printer the operating system's printers and print dialog, for printing the signed versions
     * @param open    opens a client file in the main window, as File → Open does
     * @param reveal  shows a client file's folder in the file manager
     * @param batches where this window's batch work is known to the main window, which asks it before quitting
     */
    public ClientOverviewWindow(Window owner, ClientOverviewModel model, I18n i18n, Printer printer, Consumer<Path> open,
                                Consumer<Path> reveal, RunningBatches batches) {
        this.owner = owner;
        this.model = model;
        this.i18n = i18n;
        this.printer = printer;
        this.open = open;
        this.reveal = reveal;
        this.batches = batches;
    }

    /** Shows the overview, with every client or only the reviews due; scans again for what changed meanwhile. */
    public void show(boolean reviewsDueOnly) {
        if (stage == null) {
            build();
        } else {
            model.rescan();
        }
        // Shown again before a confirmed close came: the owner wants it open after all.
        closeWhenStopped = false;
        view.showReviewsDueOnly(reviewsDueOnly);
        stage.show();
        stage.toFront();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
        if (batch != null) {
            batch.close();
        }
    }

    /**
     * Closing during a batch: Yes cancels the rest (cooperatively: each file stops at its next document and leaves
     * nothing half-written) and closes once they have stopped; No leaves the window open and the batch running.
     */
    private void askToStopAndClose() {
        if (closeWhenStopped) {
            return;
        }
        if (!BatchDialogs.closeWhileRunning(stage, i18n)) {
            return;
        }
        closeWhenStopped = true;
        // At once if it ended while the question was open.
        batches.stopThen(batch, () -> {
            if (closeWhenStopped) {
                closeWhenStopped = false;
                stage.close();
            }
        });
    }

    private void build() {
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(i18n.text("clients.title"));
        batch = new ClientBatch(i18n, model.gate(), printer, model.clock());
        batches.add(batch);
        view = new ClientOverviewView(model, i18n, new ClientOverviewView.Actions() {
            @Override
            public void open(Path clientFile) {
                open.accept(clientFile);
                if (owner instanceof Stage main) {
                    main.toFront();
                }
            }

            @Override
            public void reveal(Path clientFile) {
                reveal.accept(clientFile);
            }

            @Override
            public void addFolder() {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(i18n.text("clients.addFolder.title"));
                File chosen = chooser.showDialog(stage);
                if (chosen != null) {
                    model.addFolder(chosen.toPath());
                }
            }

            @Override
            public void newClientFrom(ClientRow from) {
                NewClientFromDialog.ask(stage, i18n, from).ifPresent(name -> model.newClientFrom(from.file(), name, written -> { }));
            }
        }, batch);
        // As wide as its columns want, but never wider or taller than the screen it opens on (a 1100 × 720 laptop).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1240, screen.getWidth() - 40), Math.min(640, screen.getHeight() - 60));
        scene.getStylesheets().add(Objects.requireNonNull(
                ClientOverviewWindow.class.getResource("/fi/seloste/ui/seloste.css")).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (batch.running().get()) {
                e.consume();
                // Quitting Seloste asked already (macOS's Quit sends every window a close request): it quits once
                // the files have stopped.
                if (!batches.quitting()) {
                    askToStopAndClose();
                }
            }
        });
        if (!model.scannedOnce().get() && !model.scanning().get()) {
            model.rescan();
        }
    }
}
