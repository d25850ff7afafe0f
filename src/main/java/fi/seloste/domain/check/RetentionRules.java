package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.number;

import java.time.LocalDate;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;

/** How long data is kept or what decides it, Art. 13(2)(a). */
final class RetentionRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (Register register : notice.registers()) {
            if (register.retention().isEmpty()) {
                findings.add(register, Rule.NO_RETENTION_RULE);
            }
            for (int i = 0; i < register.retention().size(); i++) {
                RetentionRule retention = register.retention().get(i);
                if (lacksYears(retention)) {
                    findings.add(register, Rule.RETENTION_YEARS_MISSING, number(i + 1));
                }
                if (retention.criterion() == RetentionCriterion.OTHER && retention.details().isBlank()) {
                    findings.add(register, Rule.RETENTION_DETAILS_MISSING, number(i + 1));
                }
            }
        }
    }

    private static boolean lacksYears(RetentionRule retention) {
        return retention.criterion().takesYears() && (retention.years() == null || retention.years() < 0);
    }
}
