package fi.seloste.domain;

import java.util.Objects;

public record PostalAddress(String street, String postalCode, String town) {

    public static final PostalAddress EMPTY = new PostalAddress("", "", "");

    public PostalAddress {
        street = Objects.requireNonNullElse(street, "");
        postalCode = Objects.requireNonNullElse(postalCode, "");
        town = Objects.requireNonNullElse(town, "");
    }

    public PostalAddress withStreet(String newStreet) {
        return new PostalAddress(newStreet, postalCode, town);
    }

    public PostalAddress withPostalCode(String newPostalCode) {
        return new PostalAddress(street, newPostalCode, town);
    }

    public PostalAddress withTown(String newTown) {
        return new PostalAddress(street, postalCode, newTown);
    }
}
