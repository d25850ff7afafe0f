package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFinds;
import static fi.seloste.domain.check.Checking.assertFindsForTheBusiness;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.Checking.findingsOf;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

import org.junit.jupiter.api.Test;

/** The answer "are data transferred outside the EU/EEA?" must agree with the transfers the systems list. */
class TransferAnswerRulesTest {

    private static final SystemUse MAILCHIMP = new SystemUse("mailchimp", "Mailchimp", "Intuit", text("Uutiskirje"),
            ProcessingRole.PROCESSOR, LocalizedText.EMPTY, List.of(new Transfer("US", TransferSafeguard.EU_US_DATA_PRIVACY_FRAMEWORK)),
            "", null);
    private static final SystemUse VELLO = new SystemUse("vello", "Vello", "Vello Oy", text("Ajanvaraus"),
            ProcessingRole.PROCESSOR, LocalizedText.finnish("Suomi"), List.of(), "", null);

    @Test
    void aTransferringSystemNextToNoTransfersIsAContradictionNamingTheSystem() {
        Notice notice = withRegister(r -> {
            r.systems = List.of(VELLO, MAILCHIMP);
            r.recipients = List.of();
            r.transfersOutsideEea = Answer.NO;
        });
        Finding finding = assertFindsInRegister(Rule.SYSTEM_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED, notice);
        assertThat(finding.arguments()).endsWith(MessageArgument.verbatim("Mailchimp"));
        assertThat(finding.message(Language.FI)).contains("”Mailchimp”").contains("EU- ja ETA-alueen ulkopuolelle");
    }

    @Test
    void systemsThatKeepTheDataInTheEeaAgreeWithNoTransfers() {
        assertDoesNotFind(Rule.SYSTEM_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED, withRegister(r -> {
            r.systems = List.of(VELLO);
            r.recipients = List.of();
            r.transfersOutsideEea = Answer.NO;
        }));
        assertDoesNotFind(Rule.SYSTEM_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED, withRegister(r -> {
            r.systems = List.of(VELLO, MAILCHIMP);
            r.transfersOutsideEea = Answer.YES;
        }));
    }

    @Test
    void aRecipientAbroadNextToNoTransfersIsAContradictionToo() {
        Recipient abroad = new Recipient(LocalizedText.finnish("Kirjanpitäjä UK Ltd"), text("Kirjanpito"), RecipientKind.REGULAR,
                List.of(new Transfer("GB", TransferSafeguard.ADEQUACY_DECISION)));
        Finding finding = assertFindsInRegister(Rule.RECIPIENT_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED, withRegister(r -> {
            r.systems = List.of(VELLO);
            r.recipients = List.of(abroad);
            r.transfersOutsideEea = Answer.NO;
        }));
        assertThat(finding.arguments()).endsWith(MessageArgument.ownerText(LocalizedText.finnish("Kirjanpitäjä UK Ltd")));
    }

    @Test
    void yesWithoutAnyTransferListedIsAnError() {
        assertFindsInRegister(Rule.TRANSFERS_ANSWERED_BUT_NONE_LISTED, withRegister(r -> {
            r.systems = List.of(VELLO);
            r.recipients = List.of();
            r.transfersOutsideEea = Answer.YES;
        }));
        assertDoesNotFind(Rule.TRANSFERS_ANSWERED_BUT_NONE_LISTED, CompleteNotice.notice());
        assertDoesNotFind(Rule.TRANSFERS_ANSWERED_BUT_NONE_LISTED, withRegister(r -> {
            r.systems = List.of(VELLO);
            r.recipients = List.of();
            r.transfersOutsideEea = Answer.NO;
        }));
    }

    @Test
    void aCountryKeptAsTypedInAnOlderFileIsAWarningToPickTheCountry() {
        SystemUse typed = MAILCHIMP.withTransfers(List.of(new Transfer("Jenkkilä", TransferSafeguard.ADEQUACY_DECISION)));
        Finding finding = assertFindsForTheBusiness(Rule.SYSTEM_TRANSFER_COUNTRY_NOT_CHOSEN,
                withRegister(r -> r.systems = List.of(typed)));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.step()).isEqualTo(NoticeStep.SYSTEMS);
        assertThat(finding.arguments()).endsWith(MessageArgument.verbatim("Mailchimp"),
                MessageArgument.verbatim("Jenkkilä"));
        assertDoesNotFind(Rule.TRANSFER_COUNTRY_NOT_CHOSEN, withRegister(r -> r.systems = List.of(typed)));
        assertDoesNotFind(Rule.SYSTEM_TRANSFER_COUNTRY_NOT_CHOSEN, withRegister(r -> r.systems = List.of(MAILCHIMP)));
        assertDoesNotFind(Rule.SYSTEM_TRANSFER_COUNTRY_NOT_CHOSEN, withRegister(r -> r.systems =
                List.of(MAILCHIMP.withTransfers(List.of(new Transfer("", TransferSafeguard.ADEQUACY_DECISION))))));
    }

    @Test
    void aRecipientCountryKeptAsTypedIsFoundAtTheRecipientsStep() {
        Recipient typed = new Recipient(LocalizedText.finnish("Tilitoimisto"), text("Kirjanpito"), RecipientKind.REGULAR,
                List.of(new Transfer("Intia", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)));
        List<Finding> found = findingsOf(Rule.TRANSFER_COUNTRY_NOT_CHOSEN, withRegister(r -> r.recipients = List.of(typed)));
        assertThat(found).extracting(Finding::step).containsExactly(NoticeStep.RECIPIENTS);
    }

    @Test
    void theSafeguardFindingNamesTheCountryInTheReadersLanguage() {
        SystemUse unsafe = MAILCHIMP.withTransfers(List.of(new Transfer("US", TransferSafeguard.NONE)));
        Finding finding = assertFindsForTheBusiness(Rule.SYSTEM_TRANSFER_WITHOUT_SAFEGUARD,
                withRegister(r -> r.systems = List.of(unsafe)));
        assertThat(finding.message(Language.FI)).contains("(maa: Yhdysvallat)");
        assertThat(finding.message(Language.EN)).contains("(country: United States)");
    }
}
