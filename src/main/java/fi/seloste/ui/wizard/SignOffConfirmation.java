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
 * Asks before every sign-off, since a signed version can never be changed or removed. It says first, in red, when the
 * notice has errors, values copied from an old notice not yet checked, or the same content as the version before: both are allowed, but the owner should
 * mean them, so then the safe answer (Cancel) is the default.
 */
final class SignOffConfirmation {

    private SignOffConfirmation() {
    }

    /**
     * Whether to sign off. @param unchangedSince the last version when its content is the same as now, else null
     * @param unchecked fields still holding a value copied from an old notice that the owner has not checked
     */
    static boolean ask(Window owner, I18n i18n, int version, long errors, Integer unchangedSince, int unchecked) {
        boolean doubtful = errors > 0 || unchangedSince != null || unchecked > 0;
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String title = doubtful ? i18n.text("signoff.confirm.title") : i18n.text("signoff.confirm.plainTitle", version);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("signoff-confirm-dialog");
        VBox content = new VBox(8);
        if (errors > 0) {
            content.getChildren().add(warning(line("signoff-confirm-errors", i18n.text("signoff.confirm.errors", errors))));
        }
        if (unchecked > 0) {
            content.getChildren().add(warning(line("signoff-confirm-unchecked",
                    i18n.text("signoff.confirm.unchecked", unchecked))));
        }
        if (unchangedSince != null) {
            content.getChildren().add(warning(line("signoff-confirm-unchanged",
                    i18n.text("signoff.confirm.unchanged", unchangedSince))));
        }
        content.getChildren().add(line("signoff-confirm-final", i18n.text("signoff.confirm.final", version)));
        content.getChildren().add(line("signoff-confirm-question",
                doubtful ? i18n.text("signoff.confirm.question") : i18n.text("signoff.confirm.plainQuestion", version)));
        dialog.getDialogPane().setContent(content);
        String doText = doubtful ? i18n.text("signoff.confirm.do") : i18n.text("signoff.confirm.plainDo");
        ButtonType signOff = new ButtonType(doText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Controls.cancel(i18n);
        dialog.getDialogPane().getButtonTypes().addAll(signOff, cancel);
        Button signOffButton = (Button) dialog.getDialogPane().lookupButton(signOff);
        signOffButton.setId("signoff-confirm-do");
        signOffButton.setAccessibleText(doText);
        signOffButton.setDefaultButton(!doubtful);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("signoff-confirm-cancel");
        cancelButton.setAccessibleText(i18n.text("dialog.cancel"));
        cancelButton.setDefaultButton(doubtful);
        return dialog.showAndWait().filter(b -> b == signOff).isPresent();
    }

    private static Label warning(Label line) {
        line.getStyleClass().addAll("validation-message", "danger");
        return line;
    }

    private static Label line(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(480);
        return label;
    }
}
