package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SpecialCategory;

import org.junit.jupiter.api.Test;

class DataRulesTest {

    private static final DataCategory NAME = DataCategory.ordinary("name", text("Nimi"));
    private static final DataCategory IDENTITY_CODE =
            DataCategory.ordinary(DataCategory.PERSONAL_IDENTITY_CODE, text("Henkilötunnus"));
    private static final Purpose BOOKINGS = new Purpose(text("Ajanvaraus"), LegalBasis.CONTRACT, LocalizedText.EMPTY);
    private static final Purpose NEWSLETTER = new Purpose(text("Uutiskirje"), LegalBasis.CONSENT, LocalizedText.EMPTY);

    private static DataCategory health(Article9Condition condition) {
        return new DataCategory("health", text("Terveystiedot"), SpecialCategory.HEALTH, condition);
    }

    @Test
    void aRegisterSaysWhoseDataItHolds() {
        assertFindsInRegister(Rule.NO_DATA_SUBJECTS, withRegister(r -> r.dataSubjects = List.of()));
        assertDoesNotFind(Rule.NO_DATA_SUBJECTS,
                withRegister(r -> r.dataSubjects = List.of(new DataSubjectGroup("customers", text("Asiakkaat")))));
    }

    @Test
    void aRegisterSaysWhichDataItHolds() {
        assertFindsInRegister(Rule.NO_DATA_CATEGORIES, withRegister(r -> {
            r.dataCategories = List.of();
            r.identityCodeReason = LocalizedText.EMPTY;
        }));
        assertDoesNotFind(Rule.NO_DATA_CATEGORIES, withRegister(r -> {
            r.dataCategories = List.of(NAME);
            r.identityCodeReason = LocalizedText.EMPTY;
        }));
    }

    @Test
    void aSpecialCategoryNeedsAnArticle9Condition() {
        Finding finding = assertFindsInRegister(Rule.SPECIAL_CATEGORY_WITHOUT_CONDITION,
                withRegister(r -> r.dataCategories = List.of(NAME, IDENTITY_CODE, health(null))));
        assertThat(finding.arguments()).endsWith(MessageArgument.ownerText(text("Terveystiedot")));
        assertDoesNotFind(Rule.SPECIAL_CATEGORY_WITHOUT_CONDITION, withRegister(r ->
                r.dataCategories = List.of(NAME, IDENTITY_CODE, health(Article9Condition.HEALTH_OR_SOCIAL_CARE))));
    }

    @Test
    void explicitConsentToSensitiveDataGoesWithAPurposeBasedOnConsent() {
        assertFindsInRegister(Rule.EXPLICIT_CONSENT_WITHOUT_CONSENT_PURPOSE, withRegister(r -> {
            r.purposes = List.of(BOOKINGS);
            r.dataCategories = List.of(NAME, IDENTITY_CODE, health(Article9Condition.EXPLICIT_CONSENT));
        }));
        assertDoesNotFind(Rule.EXPLICIT_CONSENT_WITHOUT_CONSENT_PURPOSE, withRegister(r -> {
            r.purposes = List.of(BOOKINGS, NEWSLETTER);
            r.dataCategories = List.of(NAME, IDENTITY_CODE, health(Article9Condition.EXPLICIT_CONSENT));
        }));
    }

    @Test
    void thePersonalIdentityCodeNeedsAReason() {
        assertFindsInRegister(Rule.IDENTITY_CODE_REASON_MISSING, withRegister(r -> {
            r.dataCategories = List.of(NAME, IDENTITY_CODE);
            r.identityCodeReason = LocalizedText.EMPTY;
        }));
        assertDoesNotFind(Rule.IDENTITY_CODE_REASON_MISSING, withRegister(r -> {
            r.dataCategories = List.of(NAME, IDENTITY_CODE);
            r.identityCodeReason = text("Potilaan yksilöinti");
        }));
    }

    @Test
    void aReasonForTheIdentityCodeWithoutTheCodeIsATip() {
        assertFindsInRegister(Rule.IDENTITY_CODE_REASON_WITHOUT_CODE, withRegister(r -> {
            r.dataCategories = List.of(NAME);
            r.identityCodeReason = text("Potilaan yksilöinti");
        }));
        assertDoesNotFind(Rule.IDENTITY_CODE_REASON_WITHOUT_CODE, withRegister(r -> {
            r.dataCategories = List.of(NAME);
            r.identityCodeReason = LocalizedText.EMPTY;
        }));
    }

    @Test
    void aRegisterSaysWhereTheDataComesFrom() {
        assertFindsInRegister(Rule.NO_SOURCES, withRegister(r -> r.sources = List.of()));
        assertDoesNotFind(Rule.NO_SOURCES, withRegister(r ->
                r.sources = List.of(new DataSource(SourceKind.DATA_SUBJECT, LocalizedText.EMPTY, false))));
    }
}
