package fi.seloste.ui.wizard;

import java.util.Optional;

import atlantafx.base.theme.Styles;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.I18n;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * A text field's limit ({@link TextLimit}, docs/decisions/0016), shown the way Validation shows a malformed value
 * (docs/decisions/0007): a quiet counter under the field once most of the limit is used ("412 / 500 merkkiä"),
 * and past the limit a red field and a message that says by how much it is too long. It never cuts what was
 * typed or pasted: the text stays as it is, is saved as it is, and the completeness check reports it until the
 * owner shortens it. The message is a real label (id {@code <field-id>-length}), read by screen readers.
 */
final class LengthLimit {

    /** The counter shows from this share of the limit on. */
    static final double NEAR = 0.8;

    private static final String KEY = LengthLimit.class.getName();
    private static final String MUTED = "text-muted";

    private final TextInputControl field;
    private final TextLimit limit;
    private final I18n i18n;
    private final Label message = new Label();
    private final ReadOnlyBooleanWrapper over = new ReadOnlyBooleanWrapper();

    private LengthLimit(TextInputControl field, TextLimit limit, I18n i18n) {
        this.field = field;
        this.limit = limit;
        this.i18n = i18n;
        message.setId(field.getId() + "-length");
        message.setWrapText(true);
        message.getStyleClass().add("length-message");
        // Wrapped to the field's width, so that the message never widens the form's column (see Validation).
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        field.textProperty().addListener((o, before, now) -> update());
        update();
    }

    /** Gives the field its limit; its message is placed under it by {@link Fields#limited}. */
    static LengthLimit attach(TextInputControl field, TextLimit limit, I18n i18n) {
        LengthLimit attached = new LengthLimit(field, limit, i18n);
        field.getProperties().put(KEY, attached);
        return attached;
    }

    static Optional<LengthLimit> of(Node control) {
        return Optional.ofNullable(control.getProperties().get(KEY)).map(LengthLimit.class::cast);
    }

    /** True while the text is longer than the limit. */
    ReadOnlyBooleanProperty overLimit() {
        return over.getReadOnlyProperty();
    }

    Label message() {
        return message;
    }

    private void update() {
        int length = TextLimit.length(field.getText());
        boolean tooLong = length > limit.max();
        boolean near = length >= NEAR * limit.max();
        over.set(tooLong);
        if (tooLong) {
            message.setText(i18n.text("limit.over", length, limit.max(), length - limit.max()));
        } else if (near) {
            message.setText(i18n.text("limit.counter", length, limit.max()));
        } else {
            message.setText("");
        }
        message.getStyleClass().removeAll(Styles.DANGER, MUTED);
        message.getStyleClass().add(tooLong ? Styles.DANGER : MUTED);
        message.setVisible(near);
        message.setManaged(near);
        Validation.markDanger(field, KEY, tooLong);
    }
}
