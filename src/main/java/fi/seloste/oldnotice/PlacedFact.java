package fi.seloste.oldnotice;

import java.util.Objects;

/** A value read from the old notice, the field it goes to, and the sentence of the old notice it came from. */
public record PlacedFact(FactField field, String value, String sentence) {

    public PlacedFact {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sentence, "sentence");
    }
}
