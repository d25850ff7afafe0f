package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.DataSource;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.SourceKind;

import org.junit.jupiter.api.Test;

class ProvisionRulesTest {

    private static final Purpose BOOKINGS = new Purpose(text("Ajanvaraus"), LegalBasis.CONTRACT, LocalizedText.EMPTY);
    private static final Purpose ACCOUNTING =
            new Purpose(text("Kirjanpito"), LegalBasis.LEGAL_OBLIGATION, LocalizedText.EMPTY);
    private static final Purpose NEWSLETTER = new Purpose(text("Uutiskirje"), LegalBasis.CONSENT, LocalizedText.EMPTY);

    @Test
    void aContractSaysWhetherTheDataMustBeProvided() {
        assertFindsInRegister(Rule.PROVISION_NOT_STATED, withRegister(r -> {
            r.purposes = List.of(NEWSLETTER, BOOKINGS);
            r.provision = Provision.NOT_STATED;
        }));
        assertDoesNotFind(Rule.PROVISION_NOT_STATED, withRegister(r -> {
            r.purposes = List.of(NEWSLETTER, BOOKINGS);
            r.provision = new Provision(ProvisionRequirement.CONTRACTUAL, text("Varausta ei voida tehdä"));
        }));
    }

    @Test
    void aLegalObligationSaysWhetherTheDataMustBeProvided() {
        assertFindsInRegister(Rule.PROVISION_NOT_STATED, withRegister(r -> {
            r.purposes = List.of(ACCOUNTING);
            r.provision = Provision.NOT_STATED;
        }));
        assertDoesNotFind(Rule.PROVISION_NOT_STATED, withRegister(r -> {
            r.purposes = List.of(ACCOUNTING);
            r.provision = new Provision(ProvisionRequirement.STATUTORY, text("Laskua ei voida laatia"));
        }));
    }

    @Test
    void dataFromThePeopleThemselvesNeedsAStatementWhateverTheBasis() {
        Finding finding = assertFindsInRegister(Rule.PROVISION_NOT_STATED, withRegister(r -> {
            r.purposes = List.of(NEWSLETTER);
            r.provision = Provision.NOT_STATED;
        }));
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void dataNotFromThePeopleThemselvesNeedsNoStatementAboutProvision() {
        assertDoesNotFind(Rule.PROVISION_NOT_STATED, withRegister(r -> {
            r.purposes = List.of(BOOKINGS);
            r.sources = List.of(new DataSource(SourceKind.POPULATION_INFORMATION_SYSTEM, text("Osoitteet"), true));
            r.provision = Provision.NOT_STATED;
        }));
    }

    @Test
    void aStatedRequirementSaysWhatFollowsWithoutTheData() {
        assertFindsInRegister(Rule.PROVISION_CONSEQUENCE_MISSING,
                withRegister(r -> r.provision = new Provision(ProvisionRequirement.VOLUNTARY, LocalizedText.EMPTY)));
        assertDoesNotFind(Rule.PROVISION_CONSEQUENCE_MISSING, withRegister(r -> r.provision =
                new Provision(ProvisionRequirement.VOLUNTARY, text("Uutiskirjettä ei voida lähettää"))));
        assertDoesNotFind(Rule.PROVISION_CONSEQUENCE_MISSING, withRegister(r -> r.provision = Provision.NOT_STATED));
    }
}
