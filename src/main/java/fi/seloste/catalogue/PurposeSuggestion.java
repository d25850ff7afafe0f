package fi.seloste.catalogue;

import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Purpose;

/**
 * A purpose a template suggests, with its legal basis; the legitimate interest is written out for Art. 6(1)(f) only.
 * directMarketing and tracksBehaviour are left out of the file when false.
 */
public record PurposeSuggestion(LocalizedText description, LegalBasis basis, LocalizedText legitimateInterest,
                                Boolean directMarketing, Boolean tracksBehaviour) {

    public PurposeSuggestion {
        Require.localized(description, "purpose description");
        Require.present(basis, "purpose basis");
        Require.localizedOrNull(legitimateInterest, "purpose legitimateInterest");
        Require.that((basis == LegalBasis.LEGITIMATE_INTERESTS) == (legitimateInterest != null),
                "purpose '" + description.en() + "': legitimateInterest is written for LEGITIMATE_INTERESTS and only for it");
        directMarketing = Boolean.TRUE.equals(directMarketing);
        tracksBehaviour = Boolean.TRUE.equals(tracksBehaviour);
    }

    public Purpose toPurpose() {
        return new Purpose(description, basis, legitimateInterest, directMarketing, tracksBehaviour);
    }
}
