package fi.seloste.domain;

/**
 * The most entries a list of the notice may have: far more than a small business lists, few enough that the
 * largest notice still exports in seconds (docs/decisions/0016-limits-on-owner-text.md). The interchange schema
 * says the same as maxItems; a test checks it.
 */
public enum ListLimit {
    /** A sole trader has one to five registers, an accountant's larger client perhaps fifteen. */
    REGISTERS(50),
    PURPOSES(50),
    DATA_SUBJECTS(50),
    /** The catalogues offer about 60 categories; the owner may add her own. */
    DATA_CATEGORIES(200),
    /** One per kind of source in the wizard (nine kinds); an imported file may describe a kind more than once. */
    SOURCES(50),
    SYSTEMS(200),
    RECIPIENTS(200),
    /** Per system or recipient, one per country: there are 249 ISO 3166 countries. */
    TRANSFERS(250),
    RETENTION_RULES(50),
    /** A large web shop with advertising tags has a few hundred cookies. */
    COOKIES(500),
    /** Every measure at most once. */
    SECURITY_MEASURES(SecurityMeasure.values().length),
    /** Every language at most once. */
    LANGUAGES(Language.values().length),
    /** At most one note on each shared section (docs/decisions/0021). */
    MERGE_NOTES(SharedSection.values().length),
    /** One sign-off a year for a thousand years, or one a week for twenty. */
    SIGNED_VERSIONS(1_000);

    /**
     * The highest register id: 2^53 - 1, the largest integer every JSON reader (JavaScript's included) reads
     * exactly, and far from where the client file's id counter would overflow when it continues after it.
     */
    public static final long HIGHEST_REGISTER_ID = (1L << 53) - 1;

    private final int max;

    ListLimit(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    public boolean allows(int size) {
        return size <= max;
    }
}
