package fi.seloste.domain.check;

import java.time.LocalDate;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;

/**
 * How the data is protected, Art. 32 (in the internal record, Art. 30(1)(g), and customary in Finnish notices): once
 * for the business, whose measures protect every register.
 */
final class SecurityRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        if (notice.registers().isEmpty()) {
            return; // nothing is processed yet; NO_REGISTERS says what to do first
        }
        if (isUndescribed(notice.security())) {
            findings.add(Rule.SECURITY_NOT_DESCRIBED);
        }
        if (saysNoPaperButProtectsPaper(notice.security())) {
            findings.add(Rule.PAPER_MEASURES_BUT_NO_PAPER);
        }
    }

    /** "No paper records" next to a locked cabinet or shredding: the notice would contradict itself. */
    private static boolean saysNoPaperButProtectsPaper(Security security) {
        return security.measures().contains(SecurityMeasure.NO_PAPER_RECORDS)
                && security.measures().stream().anyMatch(m -> m.kind() == SecurityMeasure.Kind.PAPER
                        && m != SecurityMeasure.NO_PAPER_RECORDS);
    }

    private static boolean isUndescribed(Security security) {
        return security.measures().isEmpty() && security.paperText().isBlank() && security.electronicText().isBlank();
    }
}
