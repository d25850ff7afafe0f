package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.ownerText;
import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;

/**
 * In which role each party gets the data (Art. 13(1)(e), 30(1)(d)). The Kanta Services are not a recipient: the
 * provider stays the controller of what it stores in the Patient Data Repository (703/2023), so the notice needs
 * the Kanta system, whose paragraph says so, not a disclosure.
 */
final class RecipientRoleRules implements RuleGroup {

    /** "Kanta", "Kanta-palvelut", "Kanta-järjestelmä", but not a word that merely starts with the letters. */
    private static final Pattern KANTA = Pattern.compile("(?iu)(?<!\\p{L})kanta(?!\\p{L})");

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (SystemUse system : notice.systems()) {
            if (system.role() == ProcessingRole.RECIPIENT) {
                findings.add(Rule.RECIPIENT_ROLE_NOT_STATED, verbatim(system.name()));
            }
        }
        for (Register register : notice.registers()) {
            for (Recipient recipient : register.recipients()) {
                if (Stream.of(Language.values()).anyMatch(l -> KANTA.matcher(recipient.name().in(l)).find())) {
                    findings.add(register, Rule.KANTA_AS_RECIPIENT, ownerText(recipient.name()));
                }
            }
        }
    }
}
