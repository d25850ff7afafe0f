package fi.seloste.domain;

/**
 * What a cookie or tag is for. Only NECESSARY cookies (strictly needed for a service the visitor asked for) may be
 * set without consent (laki sähköisen viestinnän palveluista 205 § 2 mom). NOT_CHOSEN is a new row's category until
 * the owner picks one: it is never printed, counts as needing consent, and is a completeness error.
 */
public enum CookieCategory {
    NOT_CHOSEN,
    NECESSARY,
    PREFERENCES,
    ANALYTICS,
    MARKETING;

    public boolean needsConsent() {
        return this != NECESSARY;
    }
}
