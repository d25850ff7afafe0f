package fi.seloste.ui.wizard;

import java.util.Optional;

import fi.seloste.ui.I18n;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/**
 * The Finnish text under a field the owner is translating (Swedish or English writing mode), so that she
 * translates with the original in view: read-only but selectable, to copy a name or a figure from it, and labelled
 * in the UI language ("In Finnish"). When nothing is written in Finnish it says so instead of showing an empty box.
 * It is placed under the field by {@link Fields#row}, {@link Fields#labelled} and {@link Fields#limited}, like the
 * field's {@link LengthLimit} message.
 */
final class FinnishOriginal {

    private static final String KEY = FinnishOriginal.class.getName();

    private FinnishOriginal() {
    }

    /** Gives the field the Finnish original to show under it; ids {@code <field-id>-fi} and {@code <field-id>-fi-caption}. */
    static void attach(TextInputControl field, String finnish, boolean multiLine, I18n i18n) {
        Label caption = new Label();
        caption.setId(field.getId() + "-fi-caption");
        caption.getStyleClass().addAll("text-muted", "finnish-original-caption");
        caption.setWrapText(true);
        VBox box = new VBox(2, caption);
        box.getStyleClass().add("finnish-original");
        if (finnish.isBlank()) {
            caption.setText(i18n.text("wizard.original.empty"));
            field.setAccessibleHelp(caption.getText());
        } else {
            caption.setText(i18n.text("wizard.original"));
            TextInputControl original = multiLine ? wrapped(finnish) : new TextField(finnish);
            original.setId(field.getId() + "-fi");
            original.setEditable(false);
            original.setFocusTraversable(false);
            original.getStyleClass().add("finnish-original-text");
            original.setAccessibleText(caption.getText() + " " + finnish);
            caption.setLabelFor(original);
            box.getChildren().add(original);
            field.setAccessibleHelp(original.getAccessibleText());
        }
        field.getProperties().put(KEY, box);
    }

    /** The original attached to the control, if it has one (it has none in Finnish writing mode). */
    static Optional<Node> of(Node control) {
        return Optional.ofNullable(control.getProperties().get(KEY)).map(Node.class::cast);
    }

    private static TextArea wrapped(String text) {
        TextArea area = new TextArea(text);
        area.setWrapText(true);
        area.setPrefRowCount((int) Math.min(4, Math.max(1, text.lines().count())));
        return area;
    }
}
