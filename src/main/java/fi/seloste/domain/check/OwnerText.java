package fi.seloste.domain.check;

import java.util.Objects;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Register;

/** One text the owner writes per language: which field holds it, in which register (null: the notice's own), and the text. */
record OwnerText(OwnerTextField field, Register register, LocalizedText text) {

    OwnerText {
        Objects.requireNonNull(field, "field");
        text = Objects.requireNonNullElse(text, LocalizedText.EMPTY);
    }
}
