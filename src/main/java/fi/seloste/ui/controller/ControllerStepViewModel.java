package fi.seloste.ui.controller;

import java.util.List;

import fi.seloste.domain.Controller;
import fi.seloste.domain.PostalAddress;
import fi.seloste.ui.ClientSession;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The controller's details as the owner types them; every change is saved at once. */
public final class ControllerStepViewModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty businessId = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty town = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");

    public ControllerStepViewModel(ClientSession session) {
        Controller loaded = session.loaded().controller();
        name.set(loaded.name());
        businessId.set(loaded.businessId());
        street.set(loaded.address().street());
        postalCode.set(loaded.address().postalCode());
        town.set(loaded.address().town());
        phone.set(loaded.phone());
        email.set(loaded.email());
        website.set(loaded.website());
        for (StringProperty field : List.of(name, businessId, street, postalCode, town, phone, email, website)) {
            field.addListener((observable, before, now) -> session.saveController(controller()));
        }
    }

    public Controller controller() {
        return new Controller(name.get(), businessId.get(), new PostalAddress(street.get(), postalCode.get(), town.get()),
                phone.get(), email.get(), website.get());
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty businessId() {
        return businessId;
    }

    public StringProperty street() {
        return street;
    }

    public StringProperty postalCode() {
        return postalCode;
    }

    public StringProperty town() {
        return town;
    }

    public StringProperty phone() {
        return phone;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty website() {
        return website;
    }
}
