package fi.seloste.ui.wizard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;
import fi.seloste.ui.Dates;
import fi.seloste.ui.I18n;
import fi.seloste.ui.TabMovesFocus;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Form controls for the wizard's steps. Each is filled from the notice once and sends every change back through
 * a callback; nothing here holds notice data of its own.
 */
public final class Fields {

    private final I18n i18n;
    private final Language textLanguage;
    private final OldNoticeMark.OnPage oldNoticeMarks;

    public Fields(I18n i18n, Language textLanguage) {
        this(i18n, textLanguage, OldNoticeMark.OnPage.none(i18n));
    }

    /** Fields that show the marks from an old notice on the fields the page shows. */
    Fields(I18n i18n, Language textLanguage, OldNoticeMark.OnPage oldNoticeMarks) {
        this.i18n = i18n;
        this.textLanguage = textLanguage;
        this.oldNoticeMarks = oldNoticeMarks;
    }

    public I18n i18n() {
        return i18n;
    }

    public Language textLanguage() {
        return textLanguage;
    }

    /**
     * A field for a value the owner types once for all languages, with its limit: a counter as it nears the limit,
     * a message past it (placed under the field by {@link #row}, {@link #labelled}, {@link #limited} or
     * {@link Validation#checked}). What she types is kept whole, however long.
     */
    public TextField text(String id, String labelKey, TextLimit limit, String value, Consumer<String> onChange) {
        TextField field = text(id, labelKey, value, onChange);
        LengthLimit.attach(field, limit, i18n);
        return field;
    }

    /** A field for a value that is not kept as text, such as a number of years. */
    public TextField text(String id, String labelKey, String value, Consumer<String> onChange) {
        TextField field = Controls.textField(id, i18n.text(labelKey), prompt(labelKey));
        field.setText(value);
        field.textProperty().addListener((o, before, now) -> onChange.accept(now));
        oldNoticeMarks.attach(field);
        return field;
    }

    /**
     * The owner's prose in the language she is writing in, with its limit as {@link #text}; the other languages are
     * kept as they are.
     */
    public TextInputControl localized(String id, String labelKey, TextLimit limit, LocalizedText value, boolean multiLine,
                               Consumer<LocalizedText> onChange) {
        TextInputControl field = multiLine ? new TextArea() : new TextField();
        field.setId(id);
        field.setAccessibleText(i18n.text(labelKey) + " (" + i18n.text("language." + textLanguage.tag()) + ")");
        field.setPromptText(prompt(labelKey));
        if (field instanceof TextArea area) {
            area.setWrapText(true);
            area.setPrefRowCount(3);
            TabMovesFocus.install(area);
        }
        field.setText(value.in(textLanguage));
        if (textLanguage != Language.FI) {
            FinnishOriginal.attach(field, value.fi(), multiLine, i18n);
        }
        LocalizedText[] latest = {value};
        field.textProperty().addListener((o, before, now) -> {
            latest[0] = latest[0].with(textLanguage, now);
            onChange.accept(latest[0]);
        });
        LengthLimit.attach(field, limit, i18n);
        oldNoticeMarks.attach(field);
        return field;
    }

    /**
     * The control with what belongs under it (the Finnish original while translating, its limit's message), for a
     * control placed outside {@link #row} and {@link #labelled}.
     */
    public static Node limited(Node control) {
        if (FinnishOriginal.of(control).isEmpty() && LengthLimit.of(control).isEmpty() && OldNoticeMark.of(control).isEmpty()) {
            return control;
        }
        VBox box = new VBox(4, control);
        OldNoticeMark.of(control).ifPresent(box.getChildren()::add);
        FinnishOriginal.of(control).ifPresent(box.getChildren()::add);
        LengthLimit.of(control).ifPresent(limit -> box.getChildren().add(limit.message()));
        return box;
    }

    public CheckBox check(String id, String labelKey, boolean value, Consumer<Boolean> onChange) {
        return checkWithText(id, i18n.text(labelKey), value, onChange);
    }

    /** A checkbox whose text is given as it is, e.g. a catalogue label. */
    public CheckBox checkWithText(String id, String text, boolean value, Consumer<Boolean> onChange) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setAccessibleText(text);
        box.setWrapText(true);
        box.setSelected(value);
        box.selectedProperty().addListener((o, before, now) -> onChange.accept(now));
        oldNoticeMarks.attach(box);
        return box;
    }

    /** A choice among values; labels come from "enum.<Type>.<NAME>" keys, null shows "choose…". */
    public <T> ComboBox<T> choice(String id, String labelKey, List<T> options, T value, Function<T, String> label,
                           Consumer<T> onChange) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(i18n.text(labelKey));
        box.getItems().setAll(options);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? i18n.text("wizard.choose") : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(converter.toString(empty ? null : item));
            }
        });
        box.setValue(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, before, now) -> onChange.accept(now));
        oldNoticeMarks.attach(box);
        return box;
    }

    /** Yes / no, with "not answered yet" shown as "choose…" until the owner picks one; labels from "enum.Answer.*". */
    public ComboBox<Answer> answer(String id, String labelKey, Answer value, Consumer<Answer> onChange) {
        return answer(id, labelKey, value, this::enumLabel, onChange);
    }

    /** Yes / no with labels of its own, for a question whose answers read better as sentences. */
    public ComboBox<Answer> answer(String id, String labelKey, Answer value, Function<Answer, String> label,
                            Consumer<Answer> onChange) {
        return choice(id, labelKey, List.of(Answer.YES, Answer.NO), value.isAnswered() ? value : null, label,
                v -> onChange.accept(v == null ? Answer.NOT_ANSWERED : v));
    }

    /**
     * A date the owner picks or types; a date typed but not yet confirmed with Enter is kept too, so closing the file
     * at once loses nothing. Emptying the field clears the date when clearable.
     */
    public DatePicker date(String id, String labelKey, LocalDate value, boolean clearable, Consumer<LocalDate> onChange) {
        DatePicker picker = new DatePicker(value);
        Dates.use(picker, i18n);
        picker.setId(id);
        picker.setAccessibleText(i18n.text(labelKey));
        picker.valueProperty().addListener((o, before, now) -> {
            if (now != null || clearable) {
                onChange.accept(now);
            }
        });
        picker.getEditor().textProperty().addListener((o, before, typed) -> {
            if (typed.isBlank()) {
                if (clearable) {
                    onChange.accept(null);
                }
                return;
            }
            try {
                LocalDate date = picker.getConverter().fromString(typed);
                if (date != null) {
                    onChange.accept(date);
                }
            } catch (DateTimeParseException incomplete) {
                // still being typed; the owner's text stays in the field
            }
        });
        return picker;
    }

    public String enumLabel(Enum<?> value) {
        return i18n.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A two-column form: labels left, controls right. */
    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        labels.setPrefWidth(190);
        labels.setMaxWidth(220);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    public void row(GridPane grid, String labelKey, Node control) {
        Label label = Controls.labelFor(control, i18n.text(labelKey));
        label.setWrapText(true);
        Node placed = limited(control);
        grid.addRow(grid.getRowCount(), label, placed);
        GridPane.setHgrow(placed, Priority.ALWAYS);
    }

    /** A control with its label above it, for controls outside a form grid. */
    public VBox labelled(String labelKey, Node control) {
        VBox box = new VBox(4, Controls.labelFor(control, i18n.text(labelKey)), control);
        OldNoticeMark.of(control).ifPresent(box.getChildren()::add);
        FinnishOriginal.of(control).ifPresent(box.getChildren()::add);
        LengthLimit.of(control).ifPresent(limit -> box.getChildren().add(limit.message()));
        return box;
    }

    public Label heading(String key) {
        Label label = new Label(i18n.text(key));
        label.getStyleClass().add("title-4");
        label.setPadding(new Insets(8, 0, 0, 0));
        return label;
    }

    public Label help(String key, Object... args) {
        Label label = new Label(i18n.text(key, args));
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }

    /** A bordered box for one item of a list (a purpose, a system…). */
    public static VBox card(String id, Node... children) {
        VBox box = new VBox(8, children);
        box.setId(id);
        box.getStyleClass().add("item-card");
        box.setPadding(new Insets(12));
        return box;
    }

    private String prompt(String labelKey) {
        String key = labelKey + ".prompt";
        return i18n.has(key) ? i18n.text(key) : "";
    }
}
