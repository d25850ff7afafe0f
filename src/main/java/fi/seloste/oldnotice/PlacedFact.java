package fi.seloste.oldnotice;

import java.util.Objects;

/**
 * A value read from the old notice, the field it goes to, and the sentence of the old notice it came from. register
 * is the place of the register the value belongs to among those the notice sets apart (0 when it has one); a
 * value of the business (the controller, a security measure, a cookie) is always in register 0.
 */
public record PlacedFact(FactField field, String value, String sentence, int register) {

    public PlacedFact {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sentence, "sentence");
        if (register < 0 || register > 0 && !field.perRegister()) {
            throw new IllegalArgumentException(field + " in register " + register);
        }
    }

    public PlacedFact(FactField field, String value, String sentence) {
        this(field, value, sentence, 0);
    }

    PlacedFact inRegister(int place) {
        return field.perRegister() ? new PlacedFact(field, value, sentence, place) : this;
    }
}
