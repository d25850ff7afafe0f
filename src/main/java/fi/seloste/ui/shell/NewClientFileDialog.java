package fi.seloste.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

import fi.seloste.store.ClientFileName;
import fi.seloste.ui.Controls;
import fi.seloste.ui.FolderField;
import fi.seloste.ui.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
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

/** Asks for the client's name and the folder; the file is named after the client, and the name is the business's. */
final class NewClientFileDialog {

    /** The file to create, and the business's name as typed, which the wizard starts with. */
    record NewClient(Path file, String businessName) {
    }

    private NewClientFileDialog() {
    }

    static Optional<NewClient> ask(Window owner, I18n i18n, Path defaultFolder) {
        Dialog<NewClient> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("newfile.title"));
        dialog.setHeaderText(i18n.text("newfile.header"));
        dialog.getDialogPane().setId("new-client-dialog");

        TextField name = Controls.textField("new-client-name", i18n.text("newfile.name"), i18n.text("newfile.name.prompt"));
        FolderField folderField = new FolderField("new-client-folder", defaultFolder, i18n);
        ObjectProperty<Path> folder = folderField.folder();
        Label fileShown = new Label();
        fileShown.setId("new-client-file-name");
        fileShown.getStyleClass().add("text-muted");
        fileShown.textProperty().bind(Bindings.createStringBinding(
                () -> name.getText().isBlank() ? ""
                        : i18n.text("newfile.willBe", ClientFileName.forClient(folder.get(), name.getText()).getFileName()),
                name.textProperty(), folder));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.addRow(0, Controls.labelFor(name, i18n.text("newfile.name")), name);
        grid.addRow(1, Controls.labelFor(folderField.button(), i18n.text("newfile.folder")), folderField.label(), folderField.button());
        grid.add(fileShown, 1, 2, 2, 1);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setColumnSpan(name, 2);
        dialog.getDialogPane().setContent(grid);

        ButtonType create = new ButtonType(i18n.text("newfile.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, Controls.cancel(i18n));
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("new-client-create");
        createButton.disableProperty().bind(Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty()));
        dialog.setResultConverter(button -> button == create
                ? new NewClient(ClientFileName.forClient(folder.get(), name.getText()), name.getText().strip()) : null);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait();
    }
}
