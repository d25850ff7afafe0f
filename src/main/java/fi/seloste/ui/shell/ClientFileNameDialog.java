package fi.seloste.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

import fi.seloste.store.ClientFileName;
import fi.seloste.ui.Controls;
import fi.seloste.ui.FolderField;
import fi.seloste.ui.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * File → Rename… (a new name, same folder) and File → Save as copy… (a name and a folder): shows the file name the
 * name gives, and refuses the name the file has already. Key prefix: "rename" or "copy".
 */
final class ClientFileNameDialog {

    private ClientFileNameDialog() {
    }

    /** The new name for the open file, in its folder. */
    static Optional<String> askRename(Window owner, I18n i18n, Path current, String suggested) {
        return ask(owner, i18n, "rename", current, suggested, false).map(chosen -> chosen.name);
    }

    /** The file the copy is written as. */
    static Optional<Path> askCopy(Window owner, I18n i18n, Path current, String suggested) {
        return ask(owner, i18n, "copy", current, suggested, true).map(chosen -> chosen.file);
    }

    private record Chosen(String name, Path file) {
    }

    private static Optional<Chosen> ask(Window owner, I18n i18n, String key, Path current, String suggested,
                                        boolean withFolder) {
        Dialog<Chosen> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text(key + ".title"));
        dialog.setHeaderText(i18n.text(key + ".header"));
        dialog.getDialogPane().setId(key + "-dialog");

        TextField name = Controls.textField(key + "-name", i18n.text(key + ".name"), "");
        name.setText(suggested);
        FolderField folderField = new FolderField(key + "-folder", current.toAbsolutePath().getParent(), i18n);
        ObjectProperty<Path> folder = withFolder ? folderField.folder()
                : new SimpleObjectProperty<>(current.toAbsolutePath().getParent());
        Label fileShown = new Label();
        fileShown.setId(key + "-file-name");
        fileShown.getStyleClass().add("text-muted");
        fileShown.textProperty().bind(Bindings.createStringBinding(() -> name.getText().isBlank() ? ""
                        : i18n.text("newfile.willBe", ClientFileName.forClient(folder.get(), name.getText()).getFileName()),
                name.textProperty(), folder));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.addRow(0, Controls.labelFor(name, i18n.text(key + ".name")), name);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setColumnSpan(name, 2);
        if (withFolder) {
            grid.addRow(1, Controls.labelFor(folderField.button(), i18n.text("newfile.folder")), folderField.label(),
                    folderField.button());
        }
        grid.add(fileShown, 1, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);

        ButtonType ok = new ButtonType(i18n.text(key + ".do"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Controls.cancel(i18n));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId(key + "-do");
        okButton.setAccessibleText(i18n.text(key + ".do"));
        okButton.disableProperty().bind(Bindings.createBooleanBinding(() -> name.getText().isBlank()
                || ClientFileName.forClient(folder.get(), name.getText()).equals(current.toAbsolutePath()),
                name.textProperty(), folder));
        dialog.setResultConverter(button -> button == ok
                ? new Chosen(name.getText().strip(), ClientFileName.forClient(folder.get(), name.getText())) : null);
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        return dialog.showAndWait();
    }
}
