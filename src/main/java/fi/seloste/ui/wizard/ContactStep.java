package fi.seloste.ui.wizard;

import java.util.function.UnaryOperator;

import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.TextLimit;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Yhteyshenkilö for privacy matters (a person or a role address), and the data protection officer if any. */
final class ContactStep implements Step {

    @Override
    public NoticeStep id() {
        return NoticeStep.CONTACT;
    }

    @Override
    public Node build(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Person contact = editor.current().contactPerson();
        VBox content = new VBox(12, f.help("contact.intro"),
                personForm(f, "contact", contact == null ? Person.EMPTY : contact, editor::changeContactPerson, editor));

        Person dpo = editor.current().dataProtectionOfficer();
        CheckBox hasDpo = f.check("dpo-exists", "contact.dpo.exists", dpo != null, has -> {
            if (has) {
                editor.changeDataProtectionOfficer(p -> p);
            } else {
                editor.removeDataProtectionOfficer();
            }
            context.rebuild().run();
        });
        content.getChildren().addAll(f.heading("contact.dpo.title"), f.help("contact.dpo.help"), hasDpo);
        if (dpo != null) {
            content.getChildren().add(personForm(f, "dpo", dpo, editor::changeDataProtectionOfficer, null));
        }
        return content;
    }

    /** @param sameAddressAs the editor whose business address the person's can copy, or null for no such choice */
    private static GridPane personForm(Fields f, String prefix, Person person, java.util.function.Consumer<UnaryOperator<Person>> change,
                                       NoticeEditor sameAddressAs) {
        GridPane form = Fields.form();
        f.row(form, "contact.name", f.text(prefix + "-name", "contact.name", TextLimit.NAME, person.name(), v -> change.accept(p -> p.withName(v))));
        f.row(form, "contact.title", f.localized(prefix + "-title", "contact.title", TextLimit.NAME, person.title(), false,
                v -> change.accept(p -> p.withTitle(v))));
        TextField email = f.text(prefix + "-email", "controller.email", TextLimit.EMAIL, person.email(), v -> change.accept(p -> p.withEmail(v)));
        f.row(form, "controller.email", Validation.checked(email, Validation::email, f));
        TextField phone = f.text(prefix + "-phone", "controller.phone", TextLimit.PHONE, person.phone(), v -> change.accept(p -> p.withPhone(v)));
        f.row(form, "controller.phone", Validation.checked(phone, Validation::phone, f));
        TextField street = f.text(prefix + "-street", "controller.street", TextLimit.NAME, person.address().street(),
                v -> change.accept(p -> p.withAddress(p.address().withStreet(v))));
        int sameAddressRow = form.getRowCount();
        f.row(form, "controller.street", street);
        TextField postalCode = f.text(prefix + "-postal-code", "controller.postalCode", TextLimit.CODE, person.address().postalCode(),
                v -> change.accept(p -> p.withAddress(p.address().withPostalCode(v))));
        f.row(form, "controller.postalCode", Validation.checked(postalCode, Validation::postalCode, f));
        TextField town = f.text(prefix + "-town", "controller.town", TextLimit.NAME, person.address().town(),
                v -> change.accept(p -> p.withAddress(p.address().withTown(v))));
        f.row(form, "controller.town", town);
        if (sameAddressAs != null) {
            insertRow(form, sameAddressRow);
            form.add(SameAddressChoice.of(f, sameAddressAs, street, postalCode, town), 1, sameAddressRow);
        }
        return form;
    }

    /** Moves the rows from {@code row} on one down, so a control can go above them. */
    private static void insertRow(GridPane form, int row) {
        for (Node child : form.getChildren()) {
            Integer at = GridPane.getRowIndex(child);
            if (at != null && at >= row) {
                GridPane.setRowIndex(child, at + 1);
            }
        }
    }
}
