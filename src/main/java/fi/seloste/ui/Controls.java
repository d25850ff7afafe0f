package fi.seloste.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
}
