package fi.seloste.domain;

import java.util.List;
import java.util.Objects;

/**
 * A recipient of the register's data or a disclosure (luovutus), Art. 13(1)(e), of a kind that decides how the
 * notice introduces it. transfers lists the countries outside the EU/EEA it receives the data in (empty: none).
 */
public record Recipient(LocalizedText name, LocalizedText description, RecipientKind kind, List<Transfer> transfers) {

    public Recipient {
        name = Objects.requireNonNullElse(name, LocalizedText.EMPTY);
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        kind = Objects.requireNonNullElse(kind, RecipientKind.REGULAR);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    public Recipient withName(LocalizedText value) {
        return new Recipient(value, description, kind, transfers);
    }

    public Recipient withDescription(LocalizedText value) {
        return new Recipient(name, value, kind, transfers);
    }

    public Recipient withKind(RecipientKind value) {
        return new Recipient(name, description, value, transfers);
    }

    public Recipient withTransfers(List<Transfer> value) {
        return new Recipient(name, description, kind, value);
    }
}
