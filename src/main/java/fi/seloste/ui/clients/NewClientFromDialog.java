package fi.seloste.ui.clients;

import java.nio.file.Path;
import java.util.Optional;

import fi.seloste.store.ClientFileName;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks the new client's name for "New client from this one…"; the file is written beside the model client's. */
final class NewClientFromDialog {

    private NewClientFromDialog() {
    }

    static Optional<String> ask(Window owner, I18n i18n, ClientRow model) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("clients.newFrom.title"));
        dialog.setHeaderText(i18n.text("clients.newFrom.header", model.name()));
        dialog.getDialogPane().setId("clients-new-from-dialog");
        TextField name = Controls.textField("clients-new-from-name", i18n.text("clients.newFrom.name"), "");
        Path folder = model.file().toAbsolutePath().getParent();
        Label willBe = new Label();
        willBe.setId("clients-new-from-file");
        willBe.getStyleClass().add("text-muted");
        willBe.textProperty().bind(Bindings.createStringBinding(() -> name.getText().isBlank() ? ""
                : i18n.text("newfile.willBe", target(folder, name.getText()).getFileName()), name.textProperty()));
        Label what = new Label(i18n.text("clients.newFrom.what"));
        what.setWrapText(true);
        what.setMaxWidth(460);
        VBox content = new VBox(8, what, Controls.labelFor(name, i18n.text("clients.newFrom.name")), name, willBe);
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(i18n.text("clients.newFrom.do"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Controls.cancel(i18n));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("clients-new-from-do");
        okButton.setAccessibleText(i18n.text("clients.newFrom.do"));
        okButton.disableProperty().bind(Bindings.createBooleanBinding(() -> name.getText().isBlank()
                || ClientFileName.problemForNew(target(folder, name.getText())).isPresent(), name.textProperty()));
        dialog.setResultConverter(button -> button == ok ? name.getText().strip() : null);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait();
    }

    private static Path target(Path folder, String name) {
        return ClientFileName.forClient(folder, name);
    }
}
