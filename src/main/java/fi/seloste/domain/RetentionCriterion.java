package fi.seloste.domain;

/** How long data is kept, or the criterion that decides it (Art. 13(2)(a)). */
public enum RetentionCriterion {
    /** Accounting Act: vouchers 6 years from the end of the financial year. */
    ACCOUNTING_VOUCHERS,
    /** Accounting Act: the books 10 years from the end of the financial year. */
    ACCOUNTING_BOOKS,
    END_OF_RELATIONSHIP_PLUS_YEARS,
    FIXED_YEARS,
    UNTIL_CONSENT_WITHDRAWN,
    AS_REQUIRED_BY_LAW,
    OTHER;

    public boolean takesYears() {
        return this == END_OF_RELATIONSHIP_PLUS_YEARS || this == FIXED_YEARS;
    }
}
