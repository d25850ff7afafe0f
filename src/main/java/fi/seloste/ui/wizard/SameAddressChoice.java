package fi.seloste.ui.wizard;

import java.util.List;

import fi.seloste.domain.PostalAddress;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;

/**
 * "Same address as the business" for the contact person. Ticking it copies the business's address into the
 * contact's address fields, which stay editable; unticking it puts back what the fields held before, so nothing
 * typed is lost. Editing a copied field so that it differs unticks the box. A copy, not a link: the contact's
 * address is kept as shown, and a later change to the business's address does not move it unseen.
 */
final class SameAddressChoice {

    private final CheckBox box;
    private final NoticeEditor editor;
    private final List<TextInputControl> fields;
    private List<String> before;
    private boolean updating;

    private SameAddressChoice(Fields f, NoticeEditor editor, TextInputControl street, TextInputControl postalCode,
                              TextInputControl town) {
        this.editor = editor;
        this.fields = List.of(street, postalCode, town);
        this.box = f.check("contact-same-address", "contact.sameAddress", isSame(), this::chosen);
        box.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> businessAddress().equals(PostalAddress.EMPTY), editor.notice()));
        // The fields' own listeners (added first) have passed the edit to the editor when these run.
        for (TextInputControl field : fields) {
            field.textProperty().addListener((o, was, now) -> {
                if (!updating && box.isSelected() && !isSame()) {
                    updating = true;
                    box.setSelected(false);
                    before = null;
                    updating = false;
                }
            });
        }
    }

    /** The box for the contact person's address fields, ticked when the two addresses are the same already. */
    static CheckBox of(Fields f, NoticeEditor editor, TextInputControl street, TextInputControl postalCode,
                       TextInputControl town) {
        return new SameAddressChoice(f, editor, street, postalCode, town).box;
    }

    private void chosen(boolean same) {
        if (updating) {
            return;
        }
        updating = true;
        if (same) {
            before = fields.stream().map(TextInputControl::getText).toList();
            PostalAddress business = businessAddress();
            List<String> copied = List.of(business.street(), business.postalCode(), business.town());
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).setText(copied.get(i));
            }
        } else if (before != null) {
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).setText(before.get(i));
            }
            before = null;
        }
        updating = false;
    }

    private boolean isSame() {
        var contact = editor.current().contactPerson();
        PostalAddress business = businessAddress();
        return contact != null && !business.equals(PostalAddress.EMPTY) && contact.address().equals(business);
    }

    private PostalAddress businessAddress() {
        return editor.current().controller().address();
    }
}
