package fi.seloste.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.SignedVersion;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Severity;
import fi.seloste.domain.check.Translations;
import fi.seloste.export.NoticeExport;
import fi.seloste.ui.Controls;
import fi.seloste.ui.FolderField;
import fi.seloste.ui.I18n;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File → Export notice…: the draft or a signed version, languages, formats, folder. Before exporting it says plainly that the files will be marked
 * as a draft while the notice has errors, where a language lacks the owner's translation, because the notice then
 * shows the Finnish text there, and which characters the PDF cannot draw.
 */
public final class ExportDialog {

    /** A notice in Chinese could have hundreds; the first few are enough to know what is meant. */
    private static final int MOST_SHOWN = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private ExportDialog() {
    }

    /**
     * @param undrawable for each language, the characters of the notice the PDF cannot draw
     *                   ({@link fi.seloste.export.PdfGlyphs#undrawable(Notice, fi.seloste.export.NoticeMeta)},
     *                   worked out off the FX thread)
     */
    public static Optional<ExportRequest> ask(Window owner, I18n i18n, Notice notice,
            Map<Language, List<String>> undrawable, Path defaultFolder) {
        return ask(owner, i18n, notice, undrawable, defaultFolder, List.of(), null);
    }

    /**
     * As above, with a choice between the draft and each signed version; {@code chosen} is the version chosen at
     * first, or null for the draft. A signed version is offered in the languages it was signed in.
     */
    public static Optional<ExportRequest> ask(Window owner, I18n i18n, Notice notice,
            Map<Language, List<String>> undrawable, Path defaultFolder, List<SignedVersion> versions, Integer chosen) {
        Dialog<ExportRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text("export.title"));
        dialog.getDialogPane().setId("export-dialog");

        ComboBox<SignedVersion> what = whatToExport(i18n, versions);
        what.setValue(versions.stream().filter(v -> chosen != null && v.signOff().version() == chosen).findFirst()
                .orElse(null));
        Set<Language> languages = EnumSet.noneOf(Language.class);
        Set<NoticeExport.Format> formats = EnumSet.of(NoticeExport.Format.PDF, NoticeExport.Format.HTML);
        Label warning = new Label();
        warning.setId("export-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("validation-message");
        Runnable updateWarning = () -> {
            boolean draft = what.getValue() == null;
            Notice shown = draft ? notice : what.getValue().notice();
            String text = (missing(shown, languages, i18n) + "\n"
                    + (draft ? undrawable(undrawable, languages, formats, i18n) : "")).strip();
            warning.setText(text);
            warning.setVisible(!text.isEmpty());
            warning.setManaged(!text.isEmpty());
        };

        HBox languageBoxes = new HBox(16);
        Map<Language, CheckBox> languageBox = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            CheckBox box = Controls.checkBox("export-language-" + language.tag(), i18n.text("language." + language.tag()), false);
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    languages.add(language);
                } else {
                    languages.remove(language);
                }
                updateWarning.run();
            });
            languageBox.put(language, box);
            languageBoxes.getChildren().add(box);
        }
        VBox formatBoxes = new VBox(6);
        for (NoticeExport.Format format : NoticeExport.Format.values()) {
            String key = "export.format." + format.name();
            CheckBox box = Controls.checkBox("export-format-" + format.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    i18n.text(key), formats.contains(format));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    formats.add(format);
                } else {
                    formats.remove(format);
                }
                updateWarning.run();
            });
            formatBoxes.getChildren().add(box);
        }

        FolderField folder = new FolderField("export-folder", defaultFolder, i18n);
        Label draft = draftWarning("export-draft-warning", "export.draft", notice, i18n);
        boolean hasErrors = draft.isVisible();
        Runnable showChoice = () -> {
            SignedVersion version = what.getValue();
            Set<Language> offered = version == null ? EnumSet.allOf(Language.class) : version.notice().settings().languages();
            Set<Language> ticked = version == null ? notice.settings().languages() : offered;
            languageBox.forEach((language, box) -> {
                box.setDisable(!offered.contains(language));
                box.setSelected(ticked.contains(language));
            });
            dialog.setHeaderText(version == null ? i18n.text("export.header")
                    : i18n.text("export.header.version", version.signOff().version()));
            draft.setVisible(version == null && hasErrors);
            draft.setManaged(draft.isVisible());
            updateWarning.run();
        };
        what.valueProperty().addListener((o, was, now) -> showChoice.run());
        showChoice.run();

        VBox content = new VBox(10);
        if (!versions.isEmpty()) {
            Label whatLabel = new Label(i18n.text("export.what"));
            whatLabel.setLabelFor(what);
            content.getChildren().addAll(whatLabel, what);
        }
        content.getChildren().addAll(draft, new Label(i18n.text("export.languages")), languageBoxes, warning,
                new Label(i18n.text("export.formats")), formatBoxes,
                new Label(i18n.text("newfile.folder")), new HBox(10, folder.label(), folder.button()));
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType(i18n.text("export.export"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, Controls.cancel(i18n));
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.setId("export-do");
        dialog.setResultConverter(b -> b == export && !languages.isEmpty() && !formats.isEmpty()
                ? new ExportRequest(EnumSet.copyOf(languages), EnumSet.copyOf(formats), folder.folder().get(),
                        what.getValue() == null ? null : what.getValue().signOff().version())
                : null);
        return dialog.showAndWait();
    }

    /** The draft (null) or one of the signed versions, newest first. */
    private static ComboBox<SignedVersion> whatToExport(I18n i18n, List<SignedVersion> versions) {
        ComboBox<SignedVersion> what = new ComboBox<>();
        what.setId("export-what");
        what.setAccessibleText(i18n.text("export.what"));
        what.getItems().add(null);
        versions.stream().sorted(java.util.Comparator.comparingInt((SignedVersion v) -> v.signOff().version()).reversed())
                .forEach(what.getItems()::add);
        StringConverter<SignedVersion> names = new StringConverter<>() {
            @Override
            public String toString(SignedVersion v) {
                return v == null ? i18n.text("export.what.draft") : i18n.text("export.what.version", v.signOff().version(),
                        v.signOff().signedAt().atZone(ZoneId.of("Europe/Helsinki")).format(DAY));
            }

            @Override
            public SignedVersion fromString(String text) {
                return null;
            }
        };
        what.setConverter(names);
        what.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SignedVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : names.toString(item));
            }
        });
        what.setButtonCell(what.getCellFactory().call(null));
        return what;
    }

    /**
     * Says plainly that the files will be marked as a draft on every page while the completeness check finds errors;
     * hidden when it finds none.
     */
    static Label draftWarning(String id, String key, Notice notice, I18n i18n) {
        long errors = errors(notice);
        Label label = new Label(errors == 0 ? "" : i18n.text(key, errors));
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.getStyleClass().add("validation-message");
        label.setVisible(errors > 0);
        label.setManaged(errors > 0);
        return label;
    }

    /** The errors of the completeness check: while there is one, exported and printed pages say "draft". */
    public static long errors(Notice notice) {
        return new CompletenessCheck().check(notice, LocalDate.now()).stream()
                .filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** e.g. "In English, your own text is missing in: Purposes, Retention. The Finnish text is used there." */
    static String missing(Notice notice, Set<Language> languages, I18n i18n) {
        StringBuilder text = new StringBuilder();
        for (Language language : languages) {
            Set<NoticeStep> steps = Translations.missingIn(notice, language);
            if (language != Language.FI && !steps.isEmpty()) {
                String names = steps.stream().map(s -> i18n.text("step." + s.name())).collect(Collectors.joining(", "));
                text.append(i18n.text("export.missingTranslation", i18n.text("language." + language.tag()), names)).append('\n');
            }
        }
        return text.toString().strip();
    }

    /** The characters the PDF cannot draw in the chosen languages, when a PDF is among the chosen formats. */
    static String undrawable(Map<Language, List<String>> undrawable, Set<Language> languages,
            Set<NoticeExport.Format> formats, I18n i18n) {
        if (!NoticeExport.Format.anyPdf(formats)) {
            return "";
        }
        Set<String> characters = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            if (languages.contains(language)) {
                characters.addAll(undrawable.getOrDefault(language, List.of()));
            }
        }
        if (characters.isEmpty()) {
            return "";
        }
        String shown = characters.stream().limit(MOST_SHOWN).collect(Collectors.joining(" "));
        return i18n.text("export.undrawable", characters.size() > MOST_SHOWN ? shown + " …" : shown);
    }
}
