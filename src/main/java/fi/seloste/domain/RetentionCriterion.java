package fi.seloste.domain;

/** How long data is kept, or the criterion that decides it (Art. 13(2)(a)). */
public enum RetentionCriterion {
    /** Kirjanpitolaki 2:10 § 2 mom: vouchers 6 years from the end of the year in which the financial year ended. */
    ACCOUNTING_VOUCHERS,
    /** Kirjanpitolaki 2:10 § 1 mom: the books 10 years from the end of the financial year. */
    ACCOUNTING_BOOKS,
    END_OF_RELATIONSHIP_PLUS_YEARS,
    END_OF_EMPLOYMENT_PLUS_YEARS,
    FIXED_YEARS,
    UNTIL_CONSENT_WITHDRAWN,
    /** As long as the purpose needs; the details must give the criteria that decide it. */
    AS_LONG_AS_PURPOSE_NEEDS,
    /** Until possible legal claims are time-barred; the details name the period. */
    UNTIL_CLAIMS_TIME_BARRED,
    /** For the period a law requires; the details must name the act and the period. */
    AS_REQUIRED_BY_LAW,
    OTHER;

    public boolean takesYears() {
        return this == END_OF_RELATIONSHIP_PLUS_YEARS || this == END_OF_EMPLOYMENT_PLUS_YEARS || this == FIXED_YEARS;
    }

    /** Criteria that say nothing on their own: the owner's details carry the period. */
    public boolean needsDetails() {
        return this == AS_LONG_AS_PURPOSE_NEEDS || this == AS_REQUIRED_BY_LAW || this == OTHER;
    }
}
