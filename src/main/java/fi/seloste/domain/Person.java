package fi.seloste.domain;

import java.util.Objects;

/**
 * A person or role address to contact about privacy matters: the contact person (yhteyshenkilö) or the data
 * protection officer (tietosuojavastaava). The title (role) is written per notice language, like the owner's prose.
 * A role address such as tietosuoja@example.fi is fine with a blank name.
 */
public record Person(String name, LocalizedText title, String email, String phone, PostalAddress address) {

    public static final Person EMPTY = new Person("", LocalizedText.EMPTY, "", "", PostalAddress.EMPTY);

    public Person {
        name = Objects.requireNonNullElse(name, "");
        title = Objects.requireNonNullElse(title, LocalizedText.EMPTY);
        email = Objects.requireNonNullElse(email, "");
        phone = Objects.requireNonNullElse(phone, "");
        address = Objects.requireNonNullElse(address, PostalAddress.EMPTY);
    }

    public Person withName(String newName) {
        return new Person(newName, title, email, phone, address);
    }

    public Person withTitle(LocalizedText newTitle) {
        return new Person(name, newTitle, email, phone, address);
    }

    public Person withEmail(String newEmail) {
        return new Person(name, title, newEmail, phone, address);
    }

    public Person withPhone(String newPhone) {
        return new Person(name, title, email, newPhone, address);
    }

    public Person withAddress(PostalAddress newAddress) {
        return new Person(name, title, email, phone, newAddress);
    }
}
