package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsForTheBusiness;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

import org.junit.jupiter.api.Test;

class TransferRulesTest {

    private static final SystemUse VELLO = system("Vello", null);

    private static SystemUse system(String name, Transfer transfer) {
        return new SystemUse(null, name, "", text("Ajanvaraus"), ProcessingRole.PROCESSOR, LocalizedText.EMPTY,
                transfer == null ? List.of() : List.of(transfer), "", null);
    }

    private static Recipient recipient(String name, Transfer transfer) {
        return new Recipient(LocalizedText.finnish(name), text("Kirjanpito"), RecipientKind.REGULAR, transfer == null ? List.of() : List.of(transfer));
    }

    @Test
    void aSystemTransferringOutsideTheEuNeedsASafeguard() {
        Finding finding = assertFindsForTheBusiness(Rule.SYSTEM_TRANSFER_WITHOUT_SAFEGUARD, withRegister(r ->
                r.systems = List.of(VELLO, system("Mailer", new Transfer("Yhdysvallat", TransferSafeguard.NONE)))));
        assertThat(finding.arguments())
                .endsWith(MessageArgument.verbatim("Mailer"), MessageArgument.country("US"));
        assertDoesNotFind(Rule.SYSTEM_TRANSFER_WITHOUT_SAFEGUARD, withRegister(r -> r.systems = List.of(VELLO,
                system("Mailer", new Transfer("Yhdysvallat", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)))));
    }

    @Test
    void aSystemNeedsAName() {
        Finding finding = assertFindsForTheBusiness(Rule.SYSTEM_NAME_MISSING,
                withRegister(r -> r.systems = List.of(VELLO, system(" ", null))));
        assertThat(finding.arguments()).endsWith(MessageArgument.number(2));
        assertDoesNotFind(Rule.SYSTEM_NAME_MISSING,
                withRegister(r -> r.systems = List.of(VELLO, system("Holvi", null))));
    }

    @Test
    void aSystemTransferNamesTheCountry() {
        assertFindsForTheBusiness(Rule.SYSTEM_TRANSFER_COUNTRY_MISSING, withRegister(r ->
                r.systems = List.of(system("Mailer", new Transfer("", TransferSafeguard.ADEQUACY_DECISION)))));
        assertDoesNotFind(Rule.SYSTEM_TRANSFER_COUNTRY_MISSING, withRegister(r ->
                r.systems = List.of(system("Mailer", new Transfer("Kanada", TransferSafeguard.ADEQUACY_DECISION)))));
    }

    @Test
    void aRecipientOutsideTheEuNeedsASafeguard() {
        assertFindsInRegister(Rule.RECIPIENT_TRANSFER_WITHOUT_SAFEGUARD, withRegister(r ->
                r.recipients = List.of(recipient("Tilitoimisto Ltd", new Transfer("Intia", TransferSafeguard.NONE)))));
        assertDoesNotFind(Rule.RECIPIENT_TRANSFER_WITHOUT_SAFEGUARD, withRegister(r -> r.recipients = List.of(
                recipient("Tilitoimisto Ltd", new Transfer("Intia", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)))));
    }

    @Test
    void aRecipientTransferNamesTheCountry() {
        assertFindsInRegister(Rule.RECIPIENT_TRANSFER_COUNTRY_MISSING, withRegister(r -> r.recipients =
                List.of(recipient("Tilitoimisto Ltd", new Transfer(" ", TransferSafeguard.ADEQUACY_DECISION)))));
        assertDoesNotFind(Rule.RECIPIENT_TRANSFER_COUNTRY_MISSING, withRegister(r -> r.recipients =
                List.of(recipient("Tilitoimisto Ltd", new Transfer("Kanada", TransferSafeguard.ADEQUACY_DECISION)))));
    }

    @Test
    void aRecipientIsNamedOrDescribed() {
        Recipient nothing = new Recipient(LocalizedText.EMPTY, LocalizedText.EMPTY, RecipientKind.REGULAR, List.of());
        assertFindsInRegister(Rule.RECIPIENT_NOT_DESCRIBED, withRegister(r -> r.recipients = List.of(nothing)));
        Recipient describedOnly = new Recipient(LocalizedText.EMPTY, text("Tilitoimisto"), RecipientKind.REGULAR, List.of());
        assertDoesNotFind(Rule.RECIPIENT_NOT_DESCRIBED, withRegister(r -> r.recipients = List.of(describedOnly)));
    }
}
