package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsForTheBusiness;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.SystemUse;

import org.junit.jupiter.api.Test;

class RecipientRoleRulesTest {

    private static Recipient recipient(String name) {
        return new Recipient(LocalizedText.finnish(name), text("Potilaskirjaukset"), RecipientKind.STATUTORY, List.of());
    }

    @Test
    void kantaListedAsARecipientIsAWarningToAddItAsTheKantaSystem() {
        for (String name : List.of("Kanta", "Kanta-palvelut", "kanta-järjestelmä")) {
            Finding finding = assertFindsInRegister(Rule.KANTA_AS_RECIPIENT,
                    withRegister(r -> r.recipients = List.of(recipient("Verohallinto"), recipient(name))));
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.arguments()).endsWith(MessageArgument.ownerText(LocalizedText.finnish(name)));
        }
        assertDoesNotFind(Rule.KANTA_AS_RECIPIENT,
                withRegister(r -> r.recipients = List.of(recipient("Verohallinto"), recipient("Kantatie Oy"))));
    }

    @Test
    void aSystemWhoseRoleAnOlderSelosteDidNotStateIsAWarning() {
        SystemUse legacy = new SystemUse(null, "Tilitoimisto Numero", "", text("Kirjanpito"), ProcessingRole.RECIPIENT,
                LocalizedText.EMPTY, List.of(), "", null);
        Finding finding = assertFindsForTheBusiness(Rule.RECIPIENT_ROLE_NOT_STATED,
                withRegister(r -> r.systems = List.of(legacy)));
        assertThat(finding.arguments()).endsWith(MessageArgument.verbatim("Tilitoimisto Numero"));
        assertDoesNotFind(Rule.RECIPIENT_ROLE_NOT_STATED,
                withRegister(r -> r.systems = List.of(legacy.withRole(ProcessingRole.PROCESSOR))));
    }
}
