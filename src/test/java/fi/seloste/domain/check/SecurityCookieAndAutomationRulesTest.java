package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;

import java.util.EnumSet;
import java.util.Set;

import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;

import org.junit.jupiter.api.Test;

class SecurityCookieAndAutomationRulesTest {

    @Test
    void aRegisterSaysHowTheDataIsProtected() {
        assertFindsInRegister(Rule.SECURITY_NOT_DESCRIBED, withRegister(r -> r.security = Security.NONE));
        assertDoesNotFind(Rule.SECURITY_NOT_DESCRIBED, withRegister(r ->
                r.security = new Security(EnumSet.of(SecurityMeasure.BACKUPS), null, null)));
        assertDoesNotFind(Rule.SECURITY_NOT_DESCRIBED, withRegister(r ->
                r.security = new Security(Set.of(), LocalizedText.EMPTY, text("Kirjautuminen vaaditaan"))));
    }

    @Test
    void cookiesInUseAreDescribed() {
        assertFindsInRegister(Rule.COOKIES_NOT_DESCRIBED,
                withRegister(r -> r.cookies = new Cookies(true, false, LocalizedText.EMPTY)));
        assertDoesNotFind(Rule.COOKIES_NOT_DESCRIBED,
                withRegister(r -> r.cookies = new Cookies(true, false, text("Istuntoeväste"))));
        assertDoesNotFind(Rule.COOKIES_NOT_DESCRIBED, withRegister(r -> r.cookies = Cookies.NONE));
    }

    @Test
    void analyticsWithoutCookiesIsAContradiction() {
        assertFindsInRegister(Rule.ANALYTICS_WITHOUT_COOKIES,
                withRegister(r -> r.cookies = new Cookies(false, true, LocalizedText.EMPTY)));
        assertDoesNotFind(Rule.ANALYTICS_WITHOUT_COOKIES,
                withRegister(r -> r.cookies = new Cookies(true, true, text("Kävijäseuranta"))));
    }

    @Test
    void automatedDecisionsAndProfilingAreExplained() {
        assertFindsInRegister(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(true, false, text("Pisteytys"), LocalizedText.EMPTY)));
        assertFindsInRegister(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(false, true, LocalizedText.EMPTY, text("Tarjoukset"))));
        assertDoesNotFind(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(false, true, text("Pisteytys"), text("Tarjoukset"))));
        assertDoesNotFind(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED,
                withRegister(r -> r.automatedDecisions = AutomatedDecisions.NONE));
    }
}
