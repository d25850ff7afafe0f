package fi.seloste.domain;

import java.util.Objects;

/**
 * A value the draft took from the owner's old notice that she has not yet confirmed: the field it went in, the value
 * as placed (the text's own words, or the name of the choice made: a {@link LegalBasis}, a {@link SourceKind}…) and
 * the sentence of the old notice it came from. Working state about the draft, kept in the client file until she
 * presses "I have checked this"; never part of the notice, never printed, never in the interchange JSON
 * (docs/decisions/0027-marks-from-the-old-notice.md).
 */
public record FromOldNotice(PlacedFieldKey field, String value, String sentence) {

    public FromOldNotice {
        Objects.requireNonNull(field, "field");
        value = Objects.requireNonNullElse(value, "");
        sentence = Objects.requireNonNullElse(sentence, "");
    }
}
