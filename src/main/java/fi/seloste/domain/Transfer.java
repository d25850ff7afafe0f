package fi.seloste.domain;

import java.util.Objects;

/** A transfer of personal data to a country outside the EU/EEA and the safeguard it rests on. */
public record Transfer(String country, TransferSafeguard safeguard) {

    public Transfer {
        country = Objects.requireNonNullElse(country, "");
        safeguard = Objects.requireNonNullElse(safeguard, TransferSafeguard.NONE);
    }
}
