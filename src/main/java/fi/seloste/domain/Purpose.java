package fi.seloste.domain;

import java.util.Objects;

/**
 * One purpose of processing and its legal basis (Art. 13(1)(c)); the legitimate interest is written out when the
 * basis is Art. 6(1)(f) (Art. 13(1)(d)). The basis is null until the owner chooses it. directMarketing marks
 * direct marketing, which brings the absolute right to object (Art. 21(2)-(3)); tracksBehaviour marks targeting
 * ads or following what people do, which is profiling (Art. 4(4)).
 */
public record Purpose(LocalizedText description, LegalBasis basis, LocalizedText legitimateInterest,
                      boolean directMarketing, boolean tracksBehaviour) {

    public Purpose {
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        legitimateInterest = Objects.requireNonNullElse(legitimateInterest, LocalizedText.EMPTY);
    }

    /** A purpose that is neither direct marketing nor tracking. */
    public Purpose(LocalizedText description, LegalBasis basis, LocalizedText legitimateInterest) {
        this(description, basis, legitimateInterest, false, false);
    }

    public Purpose withDescription(LocalizedText value) {
        return new Purpose(value, basis, legitimateInterest, directMarketing, tracksBehaviour);
    }

    public Purpose withBasis(LegalBasis value) {
        return new Purpose(description, value, legitimateInterest, directMarketing, tracksBehaviour);
    }

    public Purpose withLegitimateInterest(LocalizedText value) {
        return new Purpose(description, basis, value, directMarketing, tracksBehaviour);
    }

    public Purpose withDirectMarketing(boolean value) {
        return new Purpose(description, basis, legitimateInterest, value, tracksBehaviour);
    }

    public Purpose withTracksBehaviour(boolean value) {
        return new Purpose(description, basis, legitimateInterest, directMarketing, value);
    }
}
