package fi.seloste.domain;

/** Special categories of personal data, GDPR Art. 9(1). */
public enum SpecialCategory {
    RACIAL_OR_ETHNIC_ORIGIN,
    POLITICAL_OPINIONS,
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    TRADE_UNION_MEMBERSHIP,
    GENETIC,
    BIOMETRIC,
    HEALTH,
    SEX_LIFE_OR_ORIENTATION
}
