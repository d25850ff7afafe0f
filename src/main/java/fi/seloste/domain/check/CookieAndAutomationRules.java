package fi.seloste.domain.check;

import java.time.LocalDate;

import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;

/** Cookies and analytics, and automated decision-making and profiling, Art. 13(2)(f). */
final class CookieAndAutomationRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (Register register : notice.registers()) {
            Cookies cookies = register.cookies();
            if (cookies.used().isYes() && cookies.description().isBlank() && cookies.inventory().isEmpty()) {
                findings.add(register, Rule.COOKIES_NOT_DESCRIBED);
            }
            AutomatedDecisions automated = register.automatedDecisions();
            if (isInUse(automated) && (automated.logic().isBlank() || automated.significance().isBlank())) {
                findings.add(register, Rule.AUTOMATED_DECISIONS_NOT_EXPLAINED);
            }
        }
    }

    static boolean isInUse(AutomatedDecisions automated) {
        return automated.anyUsed();
    }
}
