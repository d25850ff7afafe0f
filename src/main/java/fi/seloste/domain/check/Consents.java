package fi.seloste.domain.check;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Register;

/** Where a register rests on consent, which people may withdraw at any time (Art. 13(2)(c)). */
final class Consents {

    private Consents() {
    }

    /** A purpose rests on consent, Art. 6(1)(a). */
    static boolean purposeRestsOnConsent(Register register) {
        return register.purposes().stream().anyMatch(purpose -> purpose.basis() == LegalBasis.CONSENT);
    }

    /** A special category is processed with explicit consent, Art. 9(2)(a). */
    static boolean sensitiveDataRestsOnExplicitConsent(Register register) {
        return register.dataCategories().stream().anyMatch(category -> category.isSpecial()
                && category.article9Condition() == Article9Condition.EXPLICIT_CONSENT);
    }
}
