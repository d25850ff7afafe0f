package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.number;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;

/** How long data is kept or what decides it, Art. 13(2)(a): the reader must be able to work out the period. */
final class RetentionRules implements RuleGroup {

    private static final Set<RegisterTemplate> EMPLOYMENT_REGISTERS =
            EnumSet.of(RegisterTemplate.EMPLOYEES, RegisterTemplate.JOB_APPLICANTS);

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
                if (retention.criterion().needsDetails() && retention.details().isBlank()) {
                    findings.add(register, Rule.RETENTION_DETAILS_MISSING, number(i + 1));
                }
                if (retention.criterion() == RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS
                        && EMPLOYMENT_REGISTERS.contains(register.template())) {
                    findings.add(register, Rule.EMPLOYMENT_RETENTION_SUGGESTED, number(i + 1));
                }
            }
        }
    }

    /** A fixed period of 0 years prints only a draft marker, so it is as missing as no number at all. */
    private static boolean lacksYears(RetentionRule retention) {
        if (!retention.criterion().takesYears()) {
            return false;
        }
        int minimum = retention.criterion() == RetentionCriterion.FIXED_YEARS ? 1 : 0;
        return retention.years() == null || retention.years() < minimum;
    }
}
