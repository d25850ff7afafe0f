package fi.seloste.domain.check;

import java.time.LocalDate;

import fi.seloste.domain.Notice;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Register;
import fi.seloste.domain.SourceKind;

/**
 * Whether people must provide their data and what follows if they do not. Art. 13(2)(e) applies whenever the data
 * is collected from the people themselves, whatever the legal basis: voluntary is an answer too.
 */
final class ProvisionRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (Register register : notice.registers()) {
            ProvisionRequirement requirement = register.provision().requirement();
            if (requirement == ProvisionRequirement.NOT_STATED) {
                if (collectsFromThePeopleThemselves(register)) {
                    findings.add(register, Rule.PROVISION_NOT_STATED);
                }
            } else if (register.provision().consequence().isBlank()) {
                findings.add(register, Rule.PROVISION_CONSEQUENCE_MISSING);
            }
        }
    }

    private static boolean collectsFromThePeopleThemselves(Register register) {
        return register.sources().stream().anyMatch(source -> source.kind() == SourceKind.DATA_SUBJECT);
    }
}
