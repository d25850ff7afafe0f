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
}
