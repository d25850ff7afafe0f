package fi.seloste.domain;

/** The lawful bases of GDPR Art. 6(1), points (a) to (f). */
public enum LegalBasis {
    CONSENT("a"),
    CONTRACT("b"),
    LEGAL_OBLIGATION("c"),
    VITAL_INTERESTS("d"),
    PUBLIC_TASK("e"),
    LEGITIMATE_INTERESTS("f");

    private final String point;

    LegalBasis(String point) {
        this.point = point;
    }

    /** The article reference, e.g. "6(1)(f)". */
    public String article() {
        return "6(1)(" + point + ")";
    }
}
