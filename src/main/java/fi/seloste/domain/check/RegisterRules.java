package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.number;
import static fi.seloste.domain.check.MessageArgument.ownerText;

import java.time.LocalDate;
import java.util.List;

import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;

/**
 * The registers, their purposes and legal bases, and how consent is withdrawn. A purpose that reads like marketing
 * but is not marked as direct marketing would leave out the absolute right to object, Art. 21(2)-(4).
 */
final class RegisterRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        if (notice.registers().isEmpty()) {
            findings.add(Rule.NO_REGISTERS);
        }
        for (Register register : notice.registers()) {
            if (register.name().isBlank()) {
                findings.add(register, Rule.REGISTER_NAME_MISSING);
            }
            checkPurposes(register, findings);
        }
        if (asksForConsent(notice.registers()) && notice.settings().rightsInstructions().isBlank()) {
            findings.add(Rule.CONSENT_WITHDRAWAL_NOT_EXPLAINED);
        }
    }

    private static void checkPurposes(Register register, Findings findings) {
        if (register.purposes().isEmpty()) {
            findings.add(register, Rule.NO_PURPOSES);
        }
        for (int i = 0; i < register.purposes().size(); i++) {
            Purpose purpose = register.purposes().get(i);
            if (purpose.description().isBlank()) {
                findings.add(register, Rule.PURPOSE_DESCRIPTION_MISSING, number(i + 1));
            }
            if (purpose.basis() == null) {
                findings.add(register, Rule.LEGAL_BASIS_MISSING, ownerText(purpose.description()));
            } else if (purpose.basis() == LegalBasis.LEGITIMATE_INTERESTS && purpose.legitimateInterest().isBlank()) {
                findings.add(register, Rule.LEGITIMATE_INTEREST_NOT_WRITTEN, ownerText(purpose.description()));
            }
            if (!purpose.directMarketing() && Clues.mentions(purpose.description(), Clues.MARKETING)) {
                findings.add(register, Rule.DIRECT_MARKETING_SUSPECTED, ownerText(purpose.description()));
            }
        }
    }

    private static boolean asksForConsent(List<Register> registers) {
        return registers.stream().anyMatch(register -> Consents.purposeRestsOnConsent(register)
                || Consents.sensitiveDataRestsOnExplicitConsent(register));
    }
}
