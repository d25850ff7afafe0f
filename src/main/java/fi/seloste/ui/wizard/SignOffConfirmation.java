package fi.seloste.ui.wizard;

import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks before a sign-off that freezes a notice with errors, or the same content as the version before: both are
 * allowed, but the owner should mean them.
 */
final class SignOffConfirmation {

    private SignOffConfirmation() {
    }

    /** Whether to sign off. @param unchangedSince the last version when its content is the same as now, else null */
    static boolean ask(Window owner, I18n i18n, long errors, Integer unchangedSince) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("signoff.confirm.title"));
        dialog.setHeaderText(i18n.text("signoff.confirm.title"));
        dialog.getDialogPane().setId("signoff-confirm-dialog");
        VBox content = new VBox(8);
        if (errors > 0) {
            content.getChildren().add(line("signoff-confirm-errors", i18n.text("signoff.confirm.errors", errors)));
        }
        if (unchangedSince != null) {
            content.getChildren().add(line("signoff-confirm-unchanged", i18n.text("signoff.confirm.unchanged", unchangedSince)));
        }
        content.getChildren().add(line("signoff-confirm-question", i18n.text("signoff.confirm.question")));
        dialog.getDialogPane().setContent(content);
        ButtonType signOff = new ButtonType(i18n.text("signoff.confirm.do"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Controls.cancel(i18n);
        dialog.getDialogPane().getButtonTypes().addAll(signOff, cancel);
        Button signOffButton = (Button) dialog.getDialogPane().lookupButton(signOff);
        signOffButton.setId("signoff-confirm-do");
        signOffButton.setAccessibleText(i18n.text("signoff.confirm.do"));
        signOffButton.setDefaultButton(false);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("signoff-confirm-cancel");
        cancelButton.setAccessibleText(i18n.text("dialog.cancel"));
        cancelButton.setDefaultButton(true);
        return dialog.showAndWait().filter(b -> b == signOff).isPresent();
    }

    private static Label line(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(480);
        return label;
    }
}
