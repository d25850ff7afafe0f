package fi.seloste.ui.export;

import java.util.Optional;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
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
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(16);
        for (Language language : languages) {
            String text = i18n.text("language." + language.tag());
            RadioButton choice = new RadioButton(text);
            choice.setId("print-language-" + language.tag());
            choice.setAccessibleText(i18n.text("print.language") + ": " + text);
            choice.setUserData(language);
            choice.setToggleGroup(group);
            choice.setSelected(language == preselected);
            choices.getChildren().add(choice);
        }
        Runnable updateWarning = () -> {
            Language chosen = (Language) group.getSelectedToggle().getUserData();
            String text = ExportDialog.missing(notice, Set.of(chosen), i18n);
            warning.setText(text);
            warning.setVisible(!text.isEmpty());
            warning.setManaged(!text.isEmpty());
        };
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                updateWarning.run();
            }
        });
        updateWarning.run();

        Label heading = new Label(i18n.text("print.language"));
        heading.setLabelFor(choices.getChildren().get(0));
        VBox content = new VBox(10, heading, choices, warning);
        if (version == null) {
            content.getChildren().add(0, ExportDialog.draftWarning("print-draft-warning", "print.draft", notice, i18n));
        }
        dialog.getDialogPane().setContent(content);

        ButtonType print = Controls.doAndCancel(dialog.getDialogPane(), "print", i18n.text("print.print"), i18n);
        dialog.setResultConverter(b -> b == print ? (Language) group.getSelectedToggle().getUserData() : null);
        return dialog.showAndWait();
    }
}
