package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsForTheBusiness;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;

import org.junit.jupiter.api.Test;

class SecurityCookieAndAutomationRulesTest {

    @Test
    void aRegisterSaysHowTheDataIsProtected() {
        assertFindsForTheBusiness(Rule.SECURITY_NOT_DESCRIBED, withRegister(r -> r.security = Security.NONE));
        assertDoesNotFind(Rule.SECURITY_NOT_DESCRIBED, withRegister(r ->
                r.security = new Security(EnumSet.of(SecurityMeasure.BACKUPS), null, null)));
        assertDoesNotFind(Rule.SECURITY_NOT_DESCRIBED, withRegister(r ->
                r.security = new Security(Set.of(), LocalizedText.EMPTY, text("Kirjautuminen vaaditaan"))));
    }

    @Test
    void cookiesInUseAreListed() {
        assertFindsForTheBusiness(Rule.COOKIE_INVENTORY_MISSING, withRegister(r -> r.cookies =
                Cookies.NONE.withUsed(Answer.YES).withDescription(text("Istuntoeväste"))));
        assertDoesNotFind(Rule.COOKIE_INVENTORY_MISSING, withRegister(r -> r.cookies = Cookies.NONE.withUsed(Answer.NO)));
        assertDoesNotFind(Rule.COOKIE_INVENTORY_MISSING, CompleteNotice.notice());
    }

    @Test
    void automatedDecisionsAndProfilingAreExplained() {
        assertFindsInRegister(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(Answer.YES, Answer.NO, text("Pisteytys"), LocalizedText.EMPTY)));
        assertFindsInRegister(Rule.PROFILING_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(Answer.NO, Answer.YES, LocalizedText.EMPTY, text("Tarjoukset"))));
        assertDoesNotFind(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(Answer.NO, Answer.YES, LocalizedText.EMPTY, text("Tarjoukset"))));
        assertFindsInRegister(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(Answer.YES, Answer.YES, text("Pisteytys"), LocalizedText.EMPTY)));
        assertDoesNotFind(Rule.PROFILING_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(Answer.YES, Answer.YES, text("Pisteytys"), LocalizedText.EMPTY)));
        assertDoesNotFind(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED, withRegister(r ->
                r.automatedDecisions = new AutomatedDecisions(Answer.NO, Answer.YES, text("Pisteytys"), text("Tarjoukset"))));
        assertDoesNotFind(Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED,
                withRegister(r -> r.automatedDecisions = AutomatedDecisions.NONE));
    }

    @Test
    void noPaperRecordsNextToMeasuresForPaperIsAContradiction() {
        assertFindsForTheBusiness(Rule.PAPER_MEASURES_BUT_NO_PAPER, withRegister(r -> r.security = new Security(
                EnumSet.of(SecurityMeasure.NO_PAPER_RECORDS, SecurityMeasure.LOCKED_PREMISES), null, null)));
        assertDoesNotFind(Rule.PAPER_MEASURES_BUT_NO_PAPER, withRegister(r -> r.security = new Security(
                EnumSet.of(SecurityMeasure.NO_PAPER_RECORDS, SecurityMeasure.BACKUPS), null, null)));
        assertDoesNotFind(Rule.PAPER_MEASURES_BUT_NO_PAPER, withRegister(r -> r.security = new Security(
                EnumSet.of(SecurityMeasure.LOCKED_CABINET, SecurityMeasure.SHREDDING), null, null)));
    }

    @Test
    void aListedCookieHasAName() {
        var unnamed = new fi.seloste.domain.CookieEntry("", "Ajas Oy", text("Istunto"),
                fi.seloste.domain.CookieCategory.NECESSARY, text("istunnon ajan"));
        var named = new fi.seloste.domain.CookieEntry("PHPSESSID", "Ajas Oy", text("Istunto"),
                fi.seloste.domain.CookieCategory.NECESSARY, text("istunnon ajan"));
        assertFindsForTheBusiness(Rule.COOKIE_NAME_MISSING, withRegister(r ->
                r.cookies = Cookies.NONE.withUsed(Answer.YES).withInventory(java.util.List.of(unnamed, named))));
        assertDoesNotFind(Rule.COOKIE_NAME_MISSING, withRegister(r ->
                r.cookies = Cookies.NONE.withUsed(Answer.YES).withInventory(java.util.List.of(named))));
    }

    @Test
    void aListedCookieHasACategoryBecauseConsentDependsOnIt() {
        var unchosen = new fi.seloste.domain.CookieEntry("_hj", "Hotjar", text("Käyttäytymisanalyysi"),
                fi.seloste.domain.CookieCategory.NOT_CHOSEN, text("1 vuosi"));
        var chosen = new fi.seloste.domain.CookieEntry("PHPSESSID", "Ajas Oy", text("Istunto"),
                fi.seloste.domain.CookieCategory.NECESSARY, text("istunnon ajan"));
        assertFindsForTheBusiness(Rule.COOKIE_CATEGORY_NOT_CHOSEN, withRegister(r ->
                r.cookies = Cookies.NONE.withUsed(Answer.YES).withInventory(java.util.List.of(unchosen, chosen))));
        assertDoesNotFind(Rule.COOKIE_CATEGORY_NOT_CHOSEN, withRegister(r ->
                r.cookies = Cookies.NONE.withUsed(Answer.YES).withInventory(java.util.List.of(chosen))));
        assertThat(unchosen.category().needsConsent()).as("not chosen is treated as needing consent").isTrue();
    }
}
