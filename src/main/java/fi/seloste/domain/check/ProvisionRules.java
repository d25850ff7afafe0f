package fi.seloste.domain.check;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Register;

/** Whether people must provide their data and what follows if they do not, Art. 13(2)(e). */
final class ProvisionRules implements RuleGroup {

    private static final Set<LegalBasis> BASES_THAT_MAKE_DATA_REQUIRED =
            EnumSet.of(LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION);

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (Register register : notice.registers()) {
            ProvisionRequirement requirement = register.provision().requirement();
            if (requirement == ProvisionRequirement.NOT_STATED) {
                if (register.purposes().stream().anyMatch(p -> BASES_THAT_MAKE_DATA_REQUIRED.contains(p.basis()))) {
                    findings.add(register, Rule.PROVISION_NOT_STATED);
                }
            } else if (register.provision().consequence().isBlank()) {
                findings.add(register, Rule.PROVISION_CONSEQUENCE_MISSING);
            }
        }
    }
}
