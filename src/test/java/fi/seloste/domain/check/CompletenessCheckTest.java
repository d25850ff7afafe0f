package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.findingsIn;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Controller;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;

import org.junit.jupiter.api.Test;

class CompletenessCheckTest {

    @Test
    void theCompleteSampleNoticeHasNoFindings() {
        assertThat(findingsIn(CompleteNotice.notice())).isEmpty();
    }

    @Test
    void aSmallCompleteNoticeWithoutTheOptionalPartsHasNoErrors() {
        LocalizedText none = LocalizedText.EMPTY;
        Register customers = new Register(1, RegisterTemplate.CUSTOMERS, LocalizedText.finnish("Asiakkaat"), none,
                List.of(new Purpose(LocalizedText.finnish("Asiakassuhteen hoitaminen"), LegalBasis.CONTRACT, none)),
                List.of(new DataSubjectGroup("customers", LocalizedText.finnish("Asiakkaat"))),
                List.of(DataCategory.ordinary("name", LocalizedText.finnish("Nimi"))), none,
                List.of(new DataSource(SourceKind.DATA_SUBJECT, none, false)), List.of(), List.of(),
                List.of(new RetentionRule(none, RetentionCriterion.ACCOUNTING_VOUCHERS, null, none)),
                new AutomatedDecisions(Answer.NO, Answer.NO, none, none),
                new Provision(ProvisionRequirement.REQUIRED_TO_ENTER_CONTRACT,
                        LocalizedText.finnish("Emme voi tehdä sopimusta")),
                Answer.NO, Answer.NO);
        Notice notice = Notice.withoutSharedSections(
                new Controller("Flowest", "", new PostalAddress("Katu 1", "20100", "Turku"), "", "a@flowest.fi", ""),
                new Person("", LocalizedText.EMPTY, "a@flowest.fi", "", PostalAddress.EMPTY), null,
                new NoticeSettings(EnumSet.of(Language.FI), null, none, none), List.of(customers))
                .withSecurity(new Security(EnumSet.of(SecurityMeasure.PERSONAL_ACCOUNTS), none, none)).withCookies(Cookies.NONE.withUsed(Answer.NO));

        assertThat(findingsIn(notice)).extracting(Finding::severity).doesNotContain(Severity.ERROR);
        assertThat(findingsIn(notice)).extracting(Finding::rule)
                .containsExactly(Rule.BUSINESS_ID_MISSING, Rule.REVIEW_DATE_MISSING);
    }

    @Test
    void callersAskWhetherTheNoticeHasErrors() {
        assertThat(CompletenessCheck.hasErrors(CompleteNotice.notice(), CompleteNotice.TODAY)).isFalse();
        assertThat(CompletenessCheck.hasErrors(Notice.EMPTY, CompleteNotice.TODAY)).isTrue();
        assertThat(CompletenessCheck.errors(Notice.EMPTY, CompleteNotice.TODAY)).isNotEmpty()
                .allMatch(finding -> finding.severity() == Severity.ERROR);
        Notice onlyWarnings = CompleteNotice.withContactPerson(null);
        assertThat(findingsIn(onlyWarnings)).isNotEmpty();
        assertThat(CompletenessCheck.hasErrors(onlyWarnings, CompleteNotice.TODAY)).isFalse();
    }

    @Test
    void anEmptyNoticeListsTheControllerFirstAndTheReviewLast() {
        assertThat(findingsIn(Notice.EMPTY)).extracting(Finding::rule).containsExactly(
                Rule.CONTROLLER_NAME_MISSING,
                Rule.CONTROLLER_CONTACT_MISSING,
                Rule.BUSINESS_ID_MISSING,
                Rule.CONTACT_PERSON_MISSING,
                Rule.NO_REGISTERS,
                Rule.REVIEW_DATE_MISSING);
    }

    @Test
    void findingsFollowTheStepsThenSeverityThenTheRegisters() {
        Register first = Register.empty(1, RegisterTemplate.CUSTOMERS, text("Asiakkaat"));
        Register second = Register.empty(2, RegisterTemplate.BLANK, LocalizedText.finnish("Työnhakijat"));
        Notice notice = Notice.withoutSharedSections(new Controller("", "123", PostalAddress.EMPTY, "", "", ""), null,
                new Person("", LocalizedText.EMPTY, "", "", PostalAddress.EMPTY), NoticeSettings.DEFAULT, List.of(first, second));

        List<Finding> found = findingsIn(notice);

        assertThat(found).isSortedAccordingTo(
                Comparator.comparing(Finding::step).thenComparing(Finding::severity));
        assertThat(found).extracting(Finding::step).contains(NoticeStep.CONTROLLER, NoticeStep.CONTACT,
                NoticeStep.PURPOSES, NoticeStep.DATA, NoticeStep.SOURCES, NoticeStep.RETENTION, NoticeStep.SECURITY,
                NoticeStep.REVIEW);
        assertThat(found).filteredOn(f -> f.rule() == Rule.NO_PURPOSES).extracting(Finding::registerId)
                .containsExactly(1L, 2L);
        assertThat(found.get(0).step()).isEqualTo(NoticeStep.CONTROLLER);
        assertThat(found.get(found.size() - 1).rule()).isEqualTo(Rule.REVIEW_DATE_MISSING);
    }
}
