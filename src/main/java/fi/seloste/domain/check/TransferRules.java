package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.country;
import static fi.seloste.domain.check.MessageArgument.number;
import static fi.seloste.domain.check.MessageArgument.ownerText;
import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;
import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Country;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

/**
 * The systems and recipients that get the data, and transfers outside the EU/EEA, Art. 13(1)(e) and (f). The notice
 * says "no transfers" only when the owner answered no, so the answer must agree with the transfers listed.
 */
final class TransferRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        checkSystems(notice, findings);
        for (Register register : notice.registers()) {
            checkRecipients(register, findings);
            checkTransfersAnswer(notice, register, findings);
            if (register.otherDisclosures() == Answer.NOT_ANSWERED) {
                findings.add(register, Rule.OTHER_DISCLOSURES_NOT_ANSWERED);
            }
        }
    }

    /** The business's systems, once each: their findings belong to no one register. */
    private static void checkSystems(Notice notice, Findings findings) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> twice = new java.util.LinkedHashSet<>();
        for (int i = 0; i < notice.systems().size(); i++) {
            SystemUse system = notice.systems().get(i);
            if (system.name().isBlank()) {
                findings.add(Rule.SYSTEM_NAME_MISSING, number(i + 1));
            } else if (!names.add(nameKey(system)) && twice.add(nameKey(system))) {
                // A reader of the notice cannot tell two systems of one name apart, nor which a register uses.
                findings.add(Rule.SYSTEM_NAME_DUPLICATE, verbatim(system.name().strip()));
            }
            if (!notice.registers().isEmpty() && notice.registersUsing(system).isEmpty()) {
                findings.add(Rule.SYSTEM_USED_BY_NO_REGISTER, verbatim(system.name().isBlank()
                        ? "#" + (i + 1) : system.name().strip()));
            }
            checkTransfers(null, NoticeStep.SYSTEMS, verbatim(system.name()), system.transfers(),
                    Rule.SYSTEM_TRANSFER_COUNTRY_MISSING, Rule.SYSTEM_TRANSFER_WITHOUT_SAFEGUARD, findings);
        }
    }

    private static String nameKey(SystemUse system) {
        return system.name().strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void checkRecipients(Register register, Findings findings) {
        for (int i = 0; i < register.recipients().size(); i++) {
            Recipient recipient = register.recipients().get(i);
            if (recipient.name().isBlank() && recipient.description().isBlank()) {
                findings.add(register, Rule.RECIPIENT_NOT_DESCRIBED, number(i + 1));
            }
            checkTransfers(register, NoticeStep.RECIPIENTS, ownerText(recipient.name()), recipient.transfers(),
                    Rule.RECIPIENT_TRANSFER_COUNTRY_MISSING, Rule.RECIPIENT_TRANSFER_WITHOUT_SAFEGUARD, findings);
        }
    }

    private static void checkTransfers(Register register, NoticeStep step, MessageArgument name, List<Transfer> transfers,
                                       Rule countryMissing, Rule safeguardMissing, Findings findings) {
        for (Transfer transfer : transfers) {
            if (transfer.country().isBlank()) {
                add(findings, register, countryMissing, name);
            } else if (!Country.isCode(transfer.country())) {
                if (register == null) {
                    findings.add(Rule.SYSTEM_TRANSFER_COUNTRY_NOT_CHOSEN, name, verbatim(transfer.country()));
                } else {
                    findings.addAt(register, step, Rule.TRANSFER_COUNTRY_NOT_CHOSEN, name, verbatim(transfer.country()));
                }
            }
            if (transfer.safeguard() == TransferSafeguard.NONE) {
                add(findings, register, safeguardMissing, name, countryOf(transfer));
            }
        }
    }

    /** A finding of the register, or of the business when register is null. */
    private static void add(Findings findings, Register register, Rule rule, MessageArgument... arguments) {
        if (register == null) {
            findings.add(rule, arguments);
        } else {
            findings.add(register, rule, arguments);
        }
    }

    /** The country as a code where Seloste can read it, so "US" and a typed "Yhdysvallat" are one problem. */
    private static MessageArgument countryOf(Transfer transfer) {
        return country(Country.codeFor(transfer.country()).orElse(transfer.country()));
    }

    private static void checkTransfersAnswer(Notice notice, Register register, Findings findings) {
        switch (register.transfersOutsideEea()) {
            case NOT_ANSWERED -> findings.add(register, Rule.TRANSFERS_NOT_ANSWERED);
            case NO -> {
                notice.systemsOf(register).stream().filter(system -> !system.transfers().isEmpty()).forEach(system ->
                        findings.add(register, Rule.SYSTEM_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED, verbatim(system.name())));
                register.recipients().stream().filter(recipient -> !recipient.transfers().isEmpty()).forEach(r ->
                        findings.add(register, Rule.RECIPIENT_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED, ownerText(r.name())));
            }
            case YES -> {
                if (notice.allTransfers(register).findAny().isEmpty()) {
                    findings.add(register, Rule.TRANSFERS_ANSWERED_BUT_NONE_LISTED);
                }
            }
        }
    }
}
