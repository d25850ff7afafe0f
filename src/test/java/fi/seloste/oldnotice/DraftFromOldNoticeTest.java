package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.Answer;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SystemUse;
import org.junit.jupiter.api.Test;

class DraftFromOldNoticeTest {

    @Test
    void thePhysiotherapySeedBecomesADraftWithEveryPlacedValueInItsField() {
        Notice notice = DraftFromOldNotice.draft(OldNoticeRecogniser.read(Seeds.text(Seeds.PHYSIOTHERAPY)));
        Register register = notice.registers().get(0);

        assertThat(notice.controller().name()).isEqualTo("Flowest");
        assertThat(notice.controller().businessId()).isEqualTo("3015969-6");
        assertThat(notice.controller().address().town()).isEqualTo("Tähtelä");
        assertThat(notice.controller().email()).as("the contact's address is not the controller's").isEmpty();
        assertThat(notice.contactPerson().name()).isEqualTo("Veera Westerholm");
        assertThat(notice.contactPerson().email()).isEqualTo("veera.westerholm@flowest.fi");
        assertThat(notice.dataProtectionOfficer()).isNull();
        assertThat(register.name()).isEqualTo(LocalizedText.finnish("Flowest asiakastietorekisteri"));
        assertThat(register.purposes()).extracting(Purpose::basis).containsExactly(LegalBasis.LEGITIMATE_INTERESTS);
        assertThat(register.purposes().get(0).legitimateInterest().isBlank()).as("the interest is the owner's to write").isTrue();
        assertThat(register.dataSubjects()).hasSize(3);
        assertThat(register.dataCategories()).extracting(c -> c.label().fi()).containsExactly("nimi", "osoite", "sähköpostiosoite", "puhelinnumero");
        assertThat(register.sources()).extracting(s -> s.kind()).containsExactly(SourceKind.DATA_SUBJECT);
        assertThat(WhereTheDraftKeeps.systems(notice)).extracting(SystemUse::catalogId).containsExactly("hubspot", "holvi", "vello", "kanta", "roundcube-webmail");
        assertThat(WhereTheDraftKeeps.security(notice).measures()).contains(SecurityMeasure.LOCKED_CABINET, SecurityMeasure.LOCKED_PREMISES,
                SecurityMeasure.CONFIDENTIALITY_OBLIGATION).doesNotContain(SecurityMeasure.FIREWALL);
        assertThat(register.retention()).extracting(r -> r.criterion()).containsExactly(
                RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, RetentionCriterion.AS_REQUIRED_BY_LAW);
        assertThat(register.automatedDecisions().decisions()).isEqualTo(Answer.NO);
        assertThat(register.automatedDecisions().profiling()).isEqualTo(Answer.NO);
        assertThat(register.transfersOutsideEea()).as("the physiotherapist's notice does not say").isEqualTo(Answer.NOT_ANSWERED);
        assertThat(WhereTheDraftKeeps.cookies(notice).used()).isEqualTo(Answer.NOT_ANSWERED);
    }

    @Test
    void theBeautySalonsMarketingPurposeHasItsConsentAndTheOthersNoBasisTheTextDidNotGive() {
        Notice notice = DraftFromOldNotice.draft(OldNoticeRecogniser.read(Seeds.text(Seeds.BEAUTY_SALON)));
        Register register = notice.registers().get(0);

        Purpose marketing = register.purposes().stream().filter(Purpose::directMarketing).findFirst().orElseThrow();
        assertThat(marketing.basis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(register.purposes()).filteredOn(p -> !p.directMarketing()).extracting(Purpose::basis).containsOnlyNulls();
        assertThat(register.dataCategories()).filteredOn(DataCategory::optional).extracting(c -> c.label().fi())
                .containsExactly("osoite", "puhelinnumero", "sukupuoli", "syntymävuosi");
        assertThat(register.retention()).anySatisfy(r -> {
            assertThat(r.criterion()).isEqualTo(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS);
            assertThat(r.years()).isZero();
        });
        assertThat(register.transfersOutsideEea()).isEqualTo(Answer.NO);
        assertThat(register.otherDisclosures()).isEqualTo(Answer.NO);
        assertThat(WhereTheDraftKeeps.cookies(notice).used()).isEqualTo(Answer.YES);
        assertThat(WhereTheDraftKeeps.systems(notice)).extracting(SystemUse::catalogId).containsExactly("ajas", "upcloud");
        assertThat(notice.controller().email()).isEqualTo("annukka@helmenloiste.fi");
    }

    @Test
    void aSwedishNoticeGoesIntoTheSwedishTextAndTheTulorekisteriBecomesARecipient() {
        String text = "Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\n\nKaffe Ab, 2077474-0\n\nRegistrets namn\n\nKundregister\n\n"
                + "Ändamål och rättslig grund\n\nUppgifterna används för att sköta kundförhållandet och för faktureringen. "
                + "Den rättsliga grunden är avtal.\n\nSystem\n\nVi använder Tulorekisteri och Holvi för löner och fakturor.";

        Notice notice = DraftFromOldNotice.draft(OldNoticeRecogniser.read(text));
        Register register = notice.registers().get(0);

        assertThat(notice.settings().languages()).containsExactly(fi.seloste.domain.Language.SV);
        assertThat(register.name().sv()).isEqualTo("Kundregister");
        assertThat(register.name().fi()).isEmpty();
        assertThat(register.purposes()).isNotEmpty().allSatisfy(p -> assertThat(p.basis()).isEqualTo(LegalBasis.CONTRACT));
        assertThat(WhereTheDraftKeeps.systems(notice)).extracting(SystemUse::catalogId).containsExactly("holvi");
        assertThat(register.recipients()).extracting(r -> r.name().fi()).containsExactly("Tulorekisteri");
    }
}
