package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFinds;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegisters;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.SpecialCategory;

import org.junit.jupiter.api.Test;

class RegisterRulesTest {

    private static final Purpose BOOKINGS = new Purpose(text("Ajanvaraus"), LegalBasis.CONTRACT, LocalizedText.EMPTY);

    @Test
    void theNoticeNeedsARegister() {
        assertFinds(Rule.NO_REGISTERS, withRegisters(List.of()), null);
        assertDoesNotFind(Rule.NO_REGISTERS, CompleteNotice.notice());
    }

    @Test
    void aRegisterNeedsAName() {
        assertFindsInRegister(Rule.REGISTER_NAME_MISSING, withRegister(r -> r.name = LocalizedText.EMPTY));
        assertDoesNotFind(Rule.REGISTER_NAME_MISSING, withRegister(r -> r.name = LocalizedText.finnish("Asiakkaat")));
    }

    @Test
    void aRegisterNeedsAPurpose() {
        assertFindsInRegister(Rule.NO_PURPOSES, withRegister(r -> r.purposes = List.of()));
        assertDoesNotFind(Rule.NO_PURPOSES, withRegister(r -> r.purposes = List.of(BOOKINGS)));
    }

    @Test
    void aPurposeNeedsADescription() {
        Purpose undescribed = new Purpose(LocalizedText.EMPTY, LegalBasis.CONTRACT, LocalizedText.EMPTY);
        Finding finding = assertFindsInRegister(Rule.PURPOSE_DESCRIPTION_MISSING,
                withRegister(r -> r.purposes = List.of(BOOKINGS, undescribed)));
        assertThat(finding.arguments()).endsWith(MessageArgument.number(2));
        assertDoesNotFind(Rule.PURPOSE_DESCRIPTION_MISSING, withRegister(r -> r.purposes = List.of(BOOKINGS)));
    }

    @Test
    void aPurposeNeedsALegalBasis() {
        Purpose withoutBasis = new Purpose(text("Kirjanpito"), null, LocalizedText.EMPTY);
        Finding finding = assertFindsInRegister(Rule.LEGAL_BASIS_MISSING,
                withRegister(r -> r.purposes = List.of(BOOKINGS, withoutBasis)));
        assertThat(finding.arguments()).endsWith(MessageArgument.ownerText(text("Kirjanpito")));
        Purpose withBasis = new Purpose(text("Kirjanpito"), LegalBasis.LEGAL_OBLIGATION, LocalizedText.EMPTY);
        assertDoesNotFind(Rule.LEGAL_BASIS_MISSING, withRegister(r -> r.purposes = List.of(BOOKINGS, withBasis)));
    }

    @Test
    void aLegitimateInterestIsWrittenOut() {
        Purpose unwritten =
                new Purpose(text("Suoramarkkinointi"), LegalBasis.LEGITIMATE_INTERESTS, LocalizedText.EMPTY);
        assertFindsInRegister(Rule.LEGITIMATE_INTEREST_NOT_WRITTEN, withRegister(r -> r.purposes = List.of(unwritten)));
        Purpose written = new Purpose(text("Suoramarkkinointi"), LegalBasis.LEGITIMATE_INTERESTS,
                text("Tarjousten lähettäminen nykyisille asiakkaille"));
        assertDoesNotFind(Rule.LEGITIMATE_INTEREST_NOT_WRITTEN, withRegister(r -> r.purposes = List.of(written)));
    }

    @Test
    void consentNeedsInstructionsForWithdrawingIt() {
        assertFinds(Rule.CONSENT_WITHDRAWAL_NOT_EXPLAINED, withoutRightsInstructions(CompleteNotice.notice()), null);
        assertDoesNotFind(Rule.CONSENT_WITHDRAWAL_NOT_EXPLAINED, CompleteNotice.notice());
        assertDoesNotFind(Rule.CONSENT_WITHDRAWAL_NOT_EXPLAINED,
                withoutRightsInstructions(withRegister(r -> r.purposes = List.of(BOOKINGS))));
    }

    @Test
    void explicitConsentToSensitiveDataAlsoNeedsInstructionsForWithdrawingIt() {
        Notice explicitConsent = withRegister(r -> {
            r.purposes = List.of(BOOKINGS);
            r.dataCategories = List.of(new DataCategory("health", text("Terveystiedot"), SpecialCategory.HEALTH,
                    Article9Condition.EXPLICIT_CONSENT));
        });
        assertFinds(Rule.CONSENT_WITHDRAWAL_NOT_EXPLAINED, withoutRightsInstructions(explicitConsent), null);
        assertDoesNotFind(Rule.CONSENT_WITHDRAWAL_NOT_EXPLAINED, explicitConsent);
    }

    private static Notice withoutRightsInstructions(Notice notice) {
        NoticeSettings old = notice.settings();
        return Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), notice.dataProtectionOfficer(),
                new NoticeSettings(old.languages(), old.nextReview(), old.introduction(), LocalizedText.EMPTY),
                notice.registers());
    }
}
