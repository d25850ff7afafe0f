package fi.seloste.domain;

/**
 * How the website asks for consent to cookies that are not strictly necessary. Browser settings alone are not
 * consent (Traficom's guidance on 205 §); NOT_STATED is a completeness error once such cookies are listed.
 */
public enum CookieConsent {
    NOT_STATED,
    CONSENT_TOOL,
    BROWSER_SETTINGS_ONLY
}
