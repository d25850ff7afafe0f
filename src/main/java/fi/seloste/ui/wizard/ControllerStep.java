package fi.seloste.ui.wizard;

import fi.seloste.domain.Controller;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.TextLimit;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Rekisterinpitäjä: the business responsible for the personal data. */
final class ControllerStep implements Step {

    @Override
    public NoticeStep id() {
        return NoticeStep.CONTROLLER;
    }

    @Override
    public Node build(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Controller c = editor.current().controller();
        GridPane form = Fields.form();
        f.row(form, "controller.name", f.text("controller-name", "controller.name", TextLimit.NAME, c.name(),
                v -> editor.changeController(x -> x.withName(v))));
        TextField businessId = f.text("controller-business-id", "controller.businessId", TextLimit.CODE, c.businessId(),
                v -> editor.changeController(x -> x.withBusinessId(v)));
        Validation.addDashOnLeave(businessId);
        f.row(form, "controller.businessId", Validation.checked(businessId, Validation::businessId, f));
        f.row(form, "controller.street", f.text("controller-street", "controller.street", TextLimit.NAME, c.address().street(),
                v -> editor.changeController(x -> x.withAddress(x.address().withStreet(v)))));
        TextField postalCode = f.text("controller-postal-code", "controller.postalCode", TextLimit.CODE, c.address().postalCode(),
                v -> editor.changeController(x -> x.withAddress(x.address().withPostalCode(v))));
        f.row(form, "controller.postalCode", Validation.checked(postalCode, Validation::postalCode, f));
        f.row(form, "controller.town", f.text("controller-town", "controller.town", TextLimit.NAME, c.address().town(),
                v -> editor.changeController(x -> x.withAddress(x.address().withTown(v)))));
        TextField phone = f.text("controller-phone", "controller.phone", TextLimit.PHONE, c.phone(),
                v -> editor.changeController(x -> x.withPhone(v)));
        f.row(form, "controller.phone", Validation.checked(phone, Validation::phone, f));
        TextField email = f.text("controller-email", "controller.email", TextLimit.EMAIL, c.email(),
                v -> editor.changeController(x -> x.withEmail(v)));
        f.row(form, "controller.email", Validation.checked(email, Validation::email, f));
        TextField website = f.text("controller-website", "controller.website", TextLimit.URL, c.website(),
                v -> editor.changeController(x -> x.withWebsite(v)));
        f.row(form, "controller.website", Validation.checked(website, Validation::website, f));
        return new VBox(12, f.help("controller.intro"), form);
    }
}
