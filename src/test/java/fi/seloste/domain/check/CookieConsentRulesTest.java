package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsForTheBusiness;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;

import org.junit.jupiter.api.Test;

/** Cookies other than strictly necessary ones need consent, and browser settings are not consent (205 §). */
class CookieConsentRulesTest {

    private static final CookieEntry SESSION =
            new CookieEntry("PHPSESSID", "Ajas", text("Istunto"), CookieCategory.NECESSARY, text("Istunnon ajan"));
    private static final CookieEntry ANALYTICS =
            new CookieEntry("_ga", "Google", text("Kävijätilastot"), CookieCategory.ANALYTICS, text("2 vuotta"));

    private static Notice cookies(CookieConsent consent, LocalizedText description, CookieEntry... inventory) {
        return withRegister(r -> r.cookies = new Cookies(Answer.YES, List.of(inventory), consent, description));
    }

    @Test
    void nonNecessaryCookiesWithoutAStatedConsentAreAnError() {
        assertFindsForTheBusiness(Rule.COOKIE_CONSENT_MISSING, cookies(CookieConsent.NOT_STATED, text("Evästeet"),
                SESSION, ANALYTICS));
        assertDoesNotFind(Rule.COOKIE_CONSENT_MISSING, cookies(CookieConsent.CONSENT_TOOL, text("Evästeet"),
                SESSION, ANALYTICS));
        assertDoesNotFind(Rule.COOKIE_CONSENT_MISSING, cookies(CookieConsent.NOT_STATED, text("Evästeet"), SESSION));
    }

    @Test
    void browserSettingsAreNotConsent() {
        Finding finding = assertFindsForTheBusiness(Rule.COOKIES_BROWSER_SETTINGS_NOT_CONSENT,
                cookies(CookieConsent.BROWSER_SETTINGS_ONLY, LocalizedText.EMPTY, ANALYTICS));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message(Language.FI)).contains("Selaimen asetukset eivät ole suostumus")
                .contains("205 §:n 1 momentti");
        assertDoesNotFind(Rule.COOKIE_CONSENT_MISSING,
                cookies(CookieConsent.BROWSER_SETTINGS_ONLY, LocalizedText.EMPTY, ANALYTICS));
        assertDoesNotFind(Rule.COOKIES_BROWSER_SETTINGS_NOT_CONSENT,
                cookies(CookieConsent.BROWSER_SETTINGS_ONLY, LocalizedText.EMPTY, SESSION));
    }

    @Test
    void aCookieTextThatLeavesCookiesToTheBrowserIsTheSameFindingOnce() {
        LocalizedText blockInBrowser = new LocalizedText("Voit estää evästeet selaimen asetuksista.",
                "Du kan blockera kakor i webbläsarens inställningar.", "You can block cookies in your browser settings.");
        Notice notice = cookies(CookieConsent.NOT_STATED, blockInBrowser, ANALYTICS);
        assertFindsForTheBusiness(Rule.COOKIES_BROWSER_SETTINGS_NOT_CONSENT, notice);
        assertDoesNotFind(Rule.COOKIE_CONSENT_MISSING, notice);
        assertFindsForTheBusiness(Rule.COOKIES_BROWSER_SETTINGS_NOT_CONSENT,
                cookies(CookieConsent.BROWSER_SETTINGS_ONLY, blockInBrowser, ANALYTICS));
        assertDoesNotFind(Rule.COOKIES_BROWSER_SETTINGS_NOT_CONSENT,
                cookies(CookieConsent.CONSENT_TOOL, blockInBrowser, ANALYTICS));
        assertDoesNotFind(Rule.COOKIES_BROWSER_SETTINGS_NOT_CONSENT,
                cookies(CookieConsent.NOT_STATED, blockInBrowser, SESSION));
    }

    @Test
    void cookiesInUseNeedAnInventory() {
        assertFindsForTheBusiness(Rule.COOKIE_INVENTORY_MISSING, cookies(CookieConsent.CONSENT_TOOL, text("Evästeet")));
        assertDoesNotFind(Rule.COOKIE_INVENTORY_MISSING, cookies(CookieConsent.CONSENT_TOOL, text("Evästeet"), SESSION));
    }

    @Test
    void noCookiesNeedNothingMore() {
        Notice notice = withRegister(r -> r.cookies = new Cookies(Answer.NO, List.of(), CookieConsent.NOT_STATED,
                LocalizedText.EMPTY));
        for (Rule rule : List.of(Rule.COOKIES_NOT_ANSWERED, Rule.COOKIE_INVENTORY_MISSING, Rule.COOKIE_CONSENT_MISSING,
                Rule.COOKIES_BROWSER_SETTINGS_NOT_CONSENT)) {
            assertDoesNotFind(rule, notice);
        }
    }
}
