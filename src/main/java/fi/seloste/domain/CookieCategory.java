package fi.seloste.domain;

/**
 * What a cookie or tag is for. Only NECESSARY cookies (strictly needed for a service the visitor asked for) may be
 * set without consent (laki sähköisen viestinnän palveluista 205 § 2 mom).
 */
public enum CookieCategory {
    NECESSARY,
    PREFERENCES,
    ANALYTICS,
    MARKETING;

    public boolean needsConsent() {
        return this != NECESSARY;
    }
}
