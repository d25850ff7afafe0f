package fi.seloste.domain;

import java.util.Objects;

/** A group of data subjects (rekisteröidyt), e.g. customers; catalogKey is null for the owner's own entries. */
public record DataSubjectGroup(String catalogKey, LocalizedText label) {

    public DataSubjectGroup {
        label = Objects.requireNonNullElse(label, LocalizedText.EMPTY);
    }
}
