package fi.seloste.domain;

import java.util.Objects;

public record PostalAddress(String street, String postalCode, String town) {

    public static final PostalAddress EMPTY = new PostalAddress("", "", "");

    public PostalAddress {
        street = Objects.requireNonNullElse(street, "");
        postalCode = Objects.requireNonNullElse(postalCode, "");
        town = Objects.requireNonNullElse(town, "");
    }
}
