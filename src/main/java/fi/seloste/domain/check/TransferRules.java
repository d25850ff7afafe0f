package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.number;
import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

/** The systems and recipients that get the data, and transfers outside the EU/EEA, Art. 13(1)(e) and (f). */
final class TransferRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (Register register : notice.registers()) {
            checkSystems(register, findings);
            checkRecipients(register, findings);
        }
    }

    private static void checkSystems(Register register, Findings findings) {
        for (int i = 0; i < register.systems().size(); i++) {
            SystemUse system = register.systems().get(i);
            if (system.name().isBlank()) {
                findings.add(register, Rule.SYSTEM_NAME_MISSING, number(i + 1));
            }
            for (Transfer transfer : system.transfers()) {
                if (transfer.country().isBlank()) {
                    findings.add(register, Rule.SYSTEM_TRANSFER_COUNTRY_MISSING, verbatim(system.name()));
                }
                if (transfer.safeguard() == TransferSafeguard.NONE) {
                    findings.add(register, Rule.SYSTEM_TRANSFER_WITHOUT_SAFEGUARD, verbatim(system.name()),
                            verbatim(transfer.country()));
                }
            }
        }
    }

    private static void checkRecipients(Register register, Findings findings) {
        for (int i = 0; i < register.recipients().size(); i++) {
            Recipient recipient = register.recipients().get(i);
            if (recipient.name().isBlank() && recipient.description().isBlank()) {
                findings.add(register, Rule.RECIPIENT_NOT_DESCRIBED, number(i + 1));
            }
            for (Transfer transfer : recipient.transfers()) {
                if (transfer.country().isBlank()) {
                    findings.add(register, Rule.RECIPIENT_TRANSFER_COUNTRY_MISSING, verbatim(recipient.name()));
                }
                if (transfer.safeguard() == TransferSafeguard.NONE) {
                    findings.add(register, Rule.RECIPIENT_TRANSFER_WITHOUT_SAFEGUARD, verbatim(recipient.name()),
                            verbatim(transfer.country()));
                }
            }
        }
    }
}
