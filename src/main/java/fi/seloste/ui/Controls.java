package fi.seloste.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controls made the one way Seloste makes them: a stable id for tests and accessible text for screen readers. */
public final class Controls {

    private Controls() {
    }

    public static TextField textField(String id, String accessibleText, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setPromptText(prompt);
        return field;
    }

    public static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text.replace("_", ""));
        button.setMnemonicParsing(true);
        return button;
    }

    /** A Cancel button in the UI language (JavaFX's own follows the operating system's language). */
    public static ButtonType cancel(I18n i18n) {
        return new ButtonType(i18n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A label that names the control, moves focus to it with its mnemonic, and is read with it. */
    public static Label labelFor(javafx.scene.Node control, String text) {
        Label label = new Label(text);
        label.setLabelFor(control);
        return label;
    }

    public static CheckBox checkBox(String id, String text, boolean selected) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setAccessibleText(text);
        box.setSelected(selected);
        return box;
    }

    /**
     * A dialog's two buttons: the one that does it ({@code doText}, the default) and Cancel in the UI language, each with
     * its id ({@code idPrefix}-do, {@code idPrefix}-cancel) and accessible text. Returns the one that does it.
     */
    public static ButtonType doAndCancel(DialogPane pane, String idPrefix, String doText, I18n i18n) {
        ButtonType doIt = new ButtonType(doText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = cancel(i18n);
        pane.getButtonTypes().addAll(doIt, cancel);
        Button doButton = (Button) pane.lookupButton(doIt);
        doButton.setId(idPrefix + "-do");
        doButton.setAccessibleText(doText);
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.setId(idPrefix + "-cancel");
        cancelButton.setAccessibleText(i18n.text("dialog.cancel"));
        return doIt;
    }
}
