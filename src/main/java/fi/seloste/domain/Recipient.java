package fi.seloste.domain;

import java.util.Objects;

/**
 * A recipient or regular disclosure (säännönmukainen luovutus), Art. 13(1)(e); statutory for disclosures the law
 * requires (e.g. patient records to Kanta). transfer is null when the recipient is inside the EU/EEA.
 */
public record Recipient(String name, LocalizedText description, boolean statutory, Transfer transfer) {

    public Recipient {
        name = Objects.requireNonNullElse(name, "");
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
    }
}
