package fi.seloste.ui;

import java.io.File;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;

/** A folder shown as its path, with a "Change…" button that opens the operating system's folder chooser. */
public final class FolderField {

    private final ObjectProperty<Path> folder;
    private final Label shown = new Label();
    private final Button change;

    /** ids: idPrefix for the path label, idPrefix + "-change" for the button. */
    public FolderField(String idPrefix, Path initial, I18n i18n) {
        folder = new SimpleObjectProperty<>(initial);
        shown.setId(idPrefix);
        shown.textProperty().bind(Bindings.createStringBinding(() -> folder.get().toString(), folder));
        change = Controls.button(idPrefix + "-change", i18n.text("newfile.folder.change"));
        change.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.text("newfile.folder"));
            File current = folder.get().toFile();
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(change.getScene().getWindow());
            if (chosen != null) {
                folder.set(chosen.toPath());
            }
        });
    }

    public ObjectProperty<Path> folder() {
        return folder;
    }

    public Label label() {
        return shown;
    }

    public Button button() {
        return change;
    }
}
