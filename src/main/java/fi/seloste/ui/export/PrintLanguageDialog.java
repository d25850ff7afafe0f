package fi.seloste.ui.export;

import java.util.Optional;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;
import fi.seloste.ui.LanguageChoice;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Print…, when the notice is published in more than one language: which one to print. Like the export dialog,
 * it says where that language lacks the owner's own text (the Finnish text is printed there).
 */
public final class PrintLanguageDialog {

    private PrintLanguageDialog() {
    }

    /** The language to print, or empty when the owner cancelled. Offers the notice's languages only. */
    public static Optional<Language> ask(Window owner, I18n i18n, Notice notice) {
        return ask(owner, i18n, notice, null);
    }

    /** The same for a signed version, printed as it was signed: no draft marks, its sign-off block. */
    public static Optional<Language> askForVersion(Window owner, I18n i18n, Notice signed, int version) {
        return ask(owner, i18n, signed, version);
    }

    private static Optional<Language> ask(Window owner, I18n i18n, Notice notice, Integer version) {
        Dialog<Language> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("print.title"));
        dialog.setHeaderText(version == null ? i18n.text("print.header") : i18n.text("print.version.header", version));
        dialog.getDialogPane().setId("print-dialog");

        Label warning = new Label();
        warning.setId("print-translation-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("validation-message");

        Set<Language> languages = notice.settings().languages();
        Language preselected = languages.contains(i18n.language()) ? i18n.language() : languages.iterator().next();
        LanguageChoice choice = new LanguageChoice("print-language", languages, preselected, i18n);
        Runnable updateWarning = () -> {
            String text = ExportDialog.missing(notice, Set.of(choice.chosen()), i18n);
            warning.setText(text);
            warning.setVisible(!text.isEmpty());
            warning.setManaged(!text.isEmpty());
        };
        choice.onChange(updateWarning);
        updateWarning.run();

        VBox content = new VBox(10, choice.node(), warning);
        if (version == null) {
            content.getChildren().add(0, ExportDialog.draftWarning("print-draft-warning", "print.draft", notice, i18n));
        }
        dialog.getDialogPane().setContent(content);

        ButtonType print = Controls.doAndCancel(dialog.getDialogPane(), "print", i18n.text("print.print"), i18n);
        dialog.setResultConverter(b -> b == print ? choice.chosen() : null);
        return dialog.showAndWait();
    }
}
