package fi.seloste.ui.oldnotice;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import fi.seloste.store.ClientFileName;
import fi.seloste.ui.Controls;
import fi.seloste.ui.FolderField;
import fi.seloste.ui.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → New client file from an old notice…: the old notice chosen as a file or pasted, read on the disk thread,
 * then the new file's name (the business's name the notice gives, to start with). The dialog stays open until the
 * client file is written, so a refusal is told beside what caused it and nothing typed is lost.
 */
public final class OldNoticeDialog {

    private final I18n i18n;
    private final OldNoticeImport importer;
    private final Dialog<ImportedOldNotice> dialog = new Dialog<>();
    private final TextField file;
    private final TextArea pasted = new TextArea();
    private final TextField name;
    private final FolderField folderField;
    private final Label message = new Label();
    private final ObjectProperty<OldNoticeImport.Read> read = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty();
    /** The name last filled in from a reading: replaced by the next reading's unless the owner has changed it. */
    private String suggestedName = "";

    private OldNoticeDialog(Window owner, I18n i18n, OldNoticeImport importer, Path defaultFolder) {
        this.i18n = i18n;
        this.importer = importer;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("oldnotice.title"));
        dialog.setHeaderText(i18n.text("oldnotice.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("old-notice-dialog");

        file = Controls.textField("old-notice-file", i18n.text("oldnotice.file"), i18n.text("oldnotice.file.prompt"));
        Button choose = Controls.button("old-notice-file-choose", i18n.text("oldnotice.file.choose"));
        choose.setOnAction(e -> chooseFile());
        Button readFile = Controls.button("old-notice-read-file", i18n.text("oldnotice.file.read"));
        readFile.disableProperty().bind(working.or(file.textProperty().isEmpty()));
        readFile.setOnAction(e -> readFile());
        file.setOnAction(e -> readFile());

        pasted.setId("old-notice-text");
        pasted.setAccessibleText(i18n.text("oldnotice.paste"));
        pasted.setPrefRowCount(10);
        pasted.setPrefColumnCount(60);
        pasted.setWrapText(true);
        Button readText = Controls.button("old-notice-read-text", i18n.text("oldnotice.paste.read"));
        readText.disableProperty().bind(working.or(Bindings.createBooleanBinding(() -> pasted.getText().isBlank(),
                pasted.textProperty())));
        readText.setOnAction(e -> readPasted());
        // What was read belongs to the text as it was: a changed file name or text must be read again.
        file.textProperty().addListener((o, before, now) -> forgetReading());
        pasted.textProperty().addListener((o, before, now) -> forgetReading());

        message.setId("old-notice-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setFocusTraversable(false);

        name = Controls.textField("old-notice-name", i18n.text("oldnotice.name"), i18n.text("newfile.name.prompt"));
        folderField = new FolderField("old-notice-folder", defaultFolder, i18n);
        ObjectProperty<Path> folder = folderField.folder();
        Label fileShown = new Label();
        fileShown.setId("old-notice-file-name");
        fileShown.getStyleClass().add("text-muted");
        fileShown.textProperty().bind(Bindings.createStringBinding(() -> name.getText().isBlank() ? ""
                        : i18n.text("newfile.willBe", ClientFileName.forClient(folder.get(), name.getText()).getFileName()),
                name.textProperty(), folder));

        GridPane source = new GridPane();
        source.setHgap(10);
        source.setVgap(10);
        Label fileLabel = Controls.labelFor(file, i18n.text("oldnotice.file"));
        fileLabel.setMinWidth(Region.USE_PREF_SIZE);
        source.addRow(0, fileLabel, file, choose, readFile);
        GridPane.setHgrow(file, Priority.ALWAYS);
        Label pasteLabel = Controls.labelFor(pasted, i18n.text("oldnotice.paste"));
        HBox readTextRow = new HBox(readText);

        GridPane target = new GridPane();
        target.setHgap(10);
        target.setVgap(10);
        Label nameLabel = Controls.labelFor(name, i18n.text("oldnotice.name"));
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        target.addRow(0, nameLabel, name);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setColumnSpan(name, 2);
        target.addRow(1, Controls.labelFor(folderField.button(), i18n.text("newfile.folder")), folderField.label(),
                folderField.button());
        target.add(fileShown, 1, 2, 2, 1);

        VBox content = new VBox(10, source, pasteLabel, pasted, readTextRow, message, target);
        content.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(pasted, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(760);
        folderField.button().setMinWidth(Region.USE_PREF_SIZE);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        readFile.setMinWidth(Region.USE_PREF_SIZE);

        ButtonType create = new ButtonType(i18n.text("oldnotice.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, Controls.cancel(i18n));
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("old-notice-create");
        createButton.setAccessibleText(i18n.text("oldnotice.create"));
        createButton.disableProperty().bind(working.or(read.isNull()).or(Bindings.createBooleanBinding(
                () -> name.getText().isBlank(), name.textProperty())));
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            write(ClientFileName.forClient(folder.get(), name.getText()));
        });
        // The dialog's result is set only once the file is written; Cancel and the window's close give none.
        dialog.setResultConverter(button -> null);
        dialog.setOnShown(e -> file.requestFocus());
    }

    /** Shows the dialog and waits; empty when the owner cancelled, else the file written and what was read. */
    public static Optional<ImportedOldNotice> ask(Window owner, I18n i18n, OldNoticeImport importer, Path defaultFolder) {
        return new OldNoticeDialog(owner, i18n, importer, defaultFolder).dialog.showAndWait();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("oldnotice.file.chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.text("oldnotice.file.filter"),
                        "*.txt", "*.docx", "*.pdf", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(i18n.text("filter.allFiles"), "*"));
        File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getPath());
            readFile();
        }
    }

    private void readFile() {
        String typed = file.getText().strip();
        if (typed.isEmpty() || working.get()) {
            return;
        }
        Path path;
        try {
            path = Path.of(typed);
        } catch (java.nio.file.InvalidPathException e) {
            refused(new fi.seloste.oldnotice.OldNoticeException(
                    fi.seloste.oldnotice.OldNoticeException.Problem.UNREADABLE, typed, e));
            return;
        }
        startReading();
        importer.readFile(path, this::wasRead, this::refused);
    }

    private void readPasted() {
        if (pasted.getText().isBlank() || working.get()) {
            return;
        }
        startReading();
        importer.readPasted(pasted.getText(), this::wasRead, this::refused);
    }

    private void startReading() {
        forgetReading();
        working.set(true);
        say(i18n.text("oldnotice.reading"), false);
    }

    private void wasRead(OldNoticeImport.Read result) {
        working.set(false);
        read.set(result);
        say(i18n.text("oldnotice.read", result.reading().placed().size(), result.reading().unplaced().size(),
                result.reading().outdated().size()), false);
        String business = result.draft().controller().name().strip();
        if (!business.isEmpty() && (name.getText().isBlank() || name.getText().equals(suggestedName))) {
            name.setText(business);
            suggestedName = business;
        }
    }

    private void refused(Throwable error) {
        working.set(false);
        read.set(null);
        say(OldNoticeRefusal.of(error, i18n), true);
    }

    private void forgetReading() {
        if (read.get() != null) {
            read.set(null);
            say("", false);
        }
    }

    private void write(Path target) {
        OldNoticeImport.Read toWrite = read.get();
        if (toWrite == null || working.get()) {
            return;
        }
        working.set(true);
        say(i18n.text("oldnotice.writing"), false);
        importer.write(target, toWrite, written -> {
            working.set(false);
            dialog.setResult(new ImportedOldNotice(written, toWrite.reading()));
            dialog.close();
        }, error -> {
            working.set(false);
            say(OldNoticeRefusal.of(error, i18n), true);
        });
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.getStyleClass().remove("severity-error");
        if (problem) {
            message.getStyleClass().add("severity-error");
        }
    }
}
