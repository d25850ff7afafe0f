package fi.seloste.domain;

/** The conditions of GDPR Art. 9(2), points (a) to (j), that allow processing a special category. */
public enum Article9Condition {
    EXPLICIT_CONSENT("a"),
    EMPLOYMENT_AND_SOCIAL_SECURITY("b"),
    VITAL_INTERESTS("c"),
    NOT_FOR_PROFIT_BODY("d"),
    MADE_PUBLIC_BY_SUBJECT("e"),
    LEGAL_CLAIMS("f"),
    SUBSTANTIAL_PUBLIC_INTEREST("g"),
    HEALTH_OR_SOCIAL_CARE("h"),
    PUBLIC_HEALTH("i"),
    ARCHIVING_RESEARCH_STATISTICS("j");

    private final String point;

    Article9Condition(String point) {
        this.point = point;
    }

    public String article() {
        return "9(2)(" + point + ")";
    }
}
