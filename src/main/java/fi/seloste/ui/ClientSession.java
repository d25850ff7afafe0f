package fi.seloste.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Notice;
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

    private final ClientFile file;
    private final Notice loaded;
    private final Background background;
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final ObjectProperty<Throwable> saveProblem = new SimpleObjectProperty<>();
    private final LatestValueWriter<Controller> controllerWriter;

    public ClientSession(ClientFile file, Notice loaded, Background background) {
        this.file = file;
        this.loaded = loaded;
        this.background = background;
        this.controllerWriter = writer(file::saveController);
    }

    public Path path() {
        return file.path();
    }

    public String fileDisplayName() {
        return ClientFileName.displayName(file.path());
    }

    public Notice loaded() {
        return loaded;
    }

    public void saveController(Controller controller) {
        saveState.set(SaveState.SAVING);
        controllerWriter.submit(controller);
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
        Consumer<Throwable> failed = error -> {
            saveProblem.set(error);
            saveState.set(SaveState.FAILED);
        };
        Runnable saved = () -> {
            saveProblem.set(null);
            saveState.set(SaveState.SAVED);
        };
        return new LatestValueWriter<>(background, write, saved, failed);
    }
}
