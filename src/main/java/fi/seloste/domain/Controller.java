package fi.seloste.domain;

import java.util.Objects;

/**
 * The controller (rekisterinpitäjä), GDPR Art. 13(1)(a). Values are kept exactly as the owner typed them;
 * {@link BusinessId} tells whether the Y-tunnus is valid.
 */
public record Controller(String name, String businessId, PostalAddress address, String phone, String email, String website) {

    public static final Controller EMPTY = new Controller("", "", PostalAddress.EMPTY, "", "", "");

    public Controller {
        name = Objects.requireNonNullElse(name, "");
        businessId = Objects.requireNonNullElse(businessId, "");
        address = Objects.requireNonNullElse(address, PostalAddress.EMPTY);
        phone = Objects.requireNonNullElse(phone, "");
        email = Objects.requireNonNullElse(email, "");
        website = Objects.requireNonNullElse(website, "");
    }

    public Controller withName(String newName) {
        return new Controller(newName, businessId, address, phone, email, website);
    }

    public Controller withBusinessId(String newBusinessId) {
        return new Controller(name, newBusinessId, address, phone, email, website);
    }

    public Controller withAddress(PostalAddress newAddress) {
        return new Controller(name, businessId, newAddress, phone, email, website);
    }

    public Controller withPhone(String newPhone) {
        return new Controller(name, businessId, address, newPhone, email, website);
    }

    public Controller withEmail(String newEmail) {
        return new Controller(name, businessId, address, phone, newEmail, website);
    }

    public Controller withWebsite(String newWebsite) {
        return new Controller(name, businessId, address, phone, email, newWebsite);
    }
}
