package fi.seloste.ui.clients;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.seloste.batch.ClientExport;
import fi.seloste.batch.ExportFormat;
import fi.seloste.domain.Language;
import fi.seloste.ui.Controls;
import fi.seloste.ui.FolderField;
import fi.seloste.ui.I18n;
import fi.seloste.ui.LanguageChoice;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What the overview's batch work asks first: for an export the formats, the languages and the folder (as File →
 * Export notice… asks them, for the notices as they are now); for printing the language. And whether to stop it when
 * the overview is closed or Seloste quit while it runs.
 */
final class BatchDialogs {

    private static final double HEADER_WIDTH = 600;

    private BatchDialogs() {
    }

    static Optional<ClientExport.Plan> export(Window owner, I18n i18n, int files, Path defaultFolder) {
        Dialog<ClientExport.Plan> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("batch.export.title"));
        dialog.setHeaderText(i18n.text("batch.export.header", files));
        dialog.getDialogPane().setId("batch-export-dialog");
        fitHeader(dialog);

        CheckBox own = Controls.checkBox("batch-export-own-languages", i18n.text("batch.export.ownLanguages"), true);
        Map<Language, CheckBox> languages = new EnumMap<>(Language.class);
        HBox languageBoxes = new HBox(16);
        for (Language language : Language.values()) {
            CheckBox box = Controls.checkBox("batch-export-language-" + language.tag(), i18n.text("language." + language.tag()),
                    language == Language.FI);
            box.disableProperty().bind(own.selectedProperty());
            languages.put(language, box);
            languageBoxes.getChildren().add(box);
        }
        Map<ExportFormat, CheckBox> formats = new EnumMap<>(ExportFormat.class);
        VBox formatBoxes = new VBox(6);
        for (ExportFormat format : ExportFormat.values()) {
            String text = format.document().map(d -> i18n.text("export.format." + d.name()))
                    .orElseGet(() -> i18n.text("batch.format." + format.name()));
            CheckBox box = Controls.checkBox("batch-export-format-" + format.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    text, format == ExportFormat.PDF || format == ExportFormat.HTML);
            formats.put(format, box);
            formatBoxes.getChildren().add(box);
        }
        FolderField folder = new FolderField("batch-export-folder", defaultFolder, i18n);

        VBox content = new VBox(10, new Label(i18n.text("export.languages")), own, languageBoxes,
                new Label(i18n.text("export.formats")), formatBoxes,
                new Label(i18n.text("newfile.folder")), new HBox(10, folder.label(), folder.button()));
        dialog.getDialogPane().setContent(content);
        ButtonType export = Controls.doAndCancel(dialog.getDialogPane(), "batch-export", i18n.text("export.export"), i18n);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        // Nothing to export without a format, or without a language when the owner chooses them.
        exportButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> formats.values().stream().noneMatch(CheckBox::isSelected)
                        || !own.isSelected() && languages.values().stream().noneMatch(CheckBox::isSelected),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(own.selectedProperty()),
                        java.util.stream.Stream.concat(languages.values().stream(), formats.values().stream())
                                .map(CheckBox::selectedProperty)).toArray(javafx.beans.Observable[]::new)));
        dialog.setResultConverter(b -> {
            if (b != export) {
                return null;
            }
            Set<ExportFormat> chosenFormats = EnumSet.noneOf(ExportFormat.class);
            formats.forEach((f, box) -> {
                if (box.isSelected()) {
                    chosenFormats.add(f);
                }
            });
            Set<Language> chosenLanguages = EnumSet.noneOf(Language.class);
            if (!own.isSelected()) {
                languages.forEach((l, box) -> {
                    if (box.isSelected()) {
                        chosenLanguages.add(l);
                    }
                });
            }
            return new ClientExport.Plan(chosenFormats, chosenLanguages, folder.folder().get(), null);
        });
        return dialog.showAndWait();
    }

    /**
     * Closing the overview while a batch runs: whether to cancel the rest and close once the files being worked on
     * have stopped. Keeping it running is the default button.
     */
    static boolean closeWhileRunning(Window owner, I18n i18n) {
        return stopWhileRunning(owner, i18n, "batch-close", i18n.text("batch.close.header"),
                i18n.text("batch.close.content"), i18n.text("batch.close.yes"));
    }

    /**
     * Quitting Seloste while a batch runs: whether to cancel the rest and quit once the files being worked on have
     * stopped. The same question as closing the overview, but of the whole application.
     */
    static boolean quitWhileRunning(Window owner, I18n i18n) {
        return stopWhileRunning(owner, i18n, "batch-quit", i18n.text("batch.quit.header"),
                i18n.text("batch.quit.content"), i18n.text("batch.quit.yes"));
    }

    private static boolean stopWhileRunning(Window owner, I18n i18n, String idPrefix, String header, String text,
                                            String yes) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("batch.close.title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(idPrefix + "-dialog");
        fitHeader(dialog);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        ButtonType stop = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(i18n.text("batch.close.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(stop, keep);
        Button stopButton = (Button) dialog.getDialogPane().lookupButton(stop);
        stopButton.setId(idPrefix + "-yes");
        stopButton.setAccessibleText(yes);
        stopButton.setDefaultButton(false);
        Button keepButton = (Button) dialog.getDialogPane().lookupButton(keep);
        keepButton.setId(idPrefix + "-no");
        keepButton.setAccessibleText(i18n.text("batch.close.no"));
        keepButton.setDefaultButton(true);
        return dialog.showAndWait().filter(b -> b == stop).isPresent();
    }

    static Optional<Language> printLanguage(Window owner, I18n i18n, int files) {
        Dialog<Language> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("batch.print.title"));
        dialog.setHeaderText(i18n.text("batch.print.header", files));
        dialog.getDialogPane().setId("batch-print-dialog");
        fitHeader(dialog);
        LanguageChoice choice = new LanguageChoice("batch-print-language", List.of(Language.values()), i18n.language(),
                i18n);
        dialog.getDialogPane().setContent(choice.node());
        ButtonType print = Controls.doAndCancel(dialog.getDialogPane(), "batch-print", i18n.text("print.print"), i18n);
        dialog.setResultConverter(b -> b == print ? choice.chosen() : null);
        return dialog.showAndWait();
    }

    /**
     * A width for the dialog before it is shown: its header is a long sentence, and a dialog sized and centred on its
     * unwrapped width is placed half off the screen when the text then wraps to the pane's usual width.
     */
    private static void fitHeader(Dialog<?> dialog) {
        dialog.getDialogPane().setPrefWidth(HEADER_WIDTH);
    }
}
