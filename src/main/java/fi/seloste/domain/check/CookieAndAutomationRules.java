package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.ownerText;
import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;

/**
 * Cookies (laki sähköisen viestinnän palveluista 205 §), and automated decision-making and profiling, Art. 13(2)(f),
 * 22 and 4(4). Cookies are asked once, of the business's website; automated decisions of every register: Seloste cannot know whether a business has a website or
 * a booking system, nearly every one has, and "no" costs the owner one click while a silent gap costs her a notice
 * that says nothing about cookies the site does set.
 */
final class CookieAndAutomationRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        if (!notice.registers().isEmpty()) { // nothing is processed yet; NO_REGISTERS says what to do first
            checkCookies(notice.cookies(), findings);
        }
        for (Register register : notice.registers()) {
            checkAutomation(notice, register, findings);
        }
    }

    private static void checkCookies(Cookies cookies, Findings findings) {
        if (cookies.used() == Answer.NOT_ANSWERED) {
            findings.add(Rule.COOKIES_NOT_ANSWERED);
            return;
        }
        if (!cookies.used().isYes()) {
            return;
        }
        if (cookies.inventory().isEmpty()) {
            findings.add(Rule.COOKIE_INVENTORY_MISSING);
        }
        if (cookies.inventory().stream().anyMatch(c -> c.name().isBlank())) {
            findings.add(Rule.COOKIE_NAME_MISSING);
        }
        if (cookies.inventory().stream().anyMatch(c -> c.category() == CookieCategory.NOT_CHOSEN)) {
            findings.add(Rule.COOKIE_CATEGORY_NOT_CHOSEN);
        }
        if (cookies.anyNeedsConsent() && cookies.consent() != CookieConsent.CONSENT_TOOL) {
            boolean leftToTheBrowser = cookies.consent() == CookieConsent.BROWSER_SETTINGS_ONLY
                    || Clues.mentions(cookies.description(), Clues.BROWSER_SETTINGS);
            findings.add(leftToTheBrowser ? Rule.COOKIES_BROWSER_SETTINGS_NOT_CONSENT : Rule.COOKIE_CONSENT_MISSING);
        }
    }

    private static void checkAutomation(Notice notice, Register register, Findings findings) {
        AutomatedDecisions automated = register.automatedDecisions();
        if (automated.decisions() == Answer.NOT_ANSWERED) {
            findings.add(register, Rule.AUTOMATED_DECISIONS_NOT_ANSWERED);
        }
        if (automated.profiling() == Answer.NOT_ANSWERED) {
            findings.add(register, Rule.PROFILING_NOT_ANSWERED);
        }
        boolean unexplained = automated.logic().isBlank() || automated.significance().isBlank();
        if (automated.decisions().isYes() && unexplained) {
            findings.add(register, Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED);
        } else if (automated.profiling().isYes() && unexplained) {
            findings.add(register, Rule.PROFILING_NOT_EXPLAINED);
        }
        if (automated.profiling().isNo()) {
            checkTargetingWithoutProfiling(notice, register, findings);
        }
    }

    /** Targeting ads by what people do is profiling (Art. 4(4)), so a "no" next to it is likely wrong. */
    private static void checkTargetingWithoutProfiling(Notice notice, Register register, Findings findings) {
        for (Purpose purpose : register.purposes()) {
            if (purpose.tracksBehaviour()) {
                findings.add(register, Rule.TARGETING_PURPOSE_BUT_NO_PROFILING, ownerText(purpose.description()));
            }
        }
        notice.systemsOf(register).stream().filter(Clues::isAdTargetingSystem).forEach(system ->
                findings.add(register, Rule.TARGETING_SYSTEM_BUT_NO_PROFILING, verbatim(system.name())));
    }

    static boolean isInUse(AutomatedDecisions automated) {
        return automated.anyUsed();
    }
}
