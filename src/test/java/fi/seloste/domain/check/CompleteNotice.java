package fi.seloste.domain.check;

import static fi.seloste.testing.SampleNotices.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Controller;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.testing.SampleNotices;

/**
 * The sample notice with its deliberate gaps filled (a purpose without a legal basis, a special category without an
 * Art. 9(2) condition, a newsletter not marked as direct marketing) and every yes/no question answered explicitly,
 * so that the check finds nothing in it, and ways to break it one thing at a time.
 */
public final class CompleteNotice {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final long REGISTER_ID = 7;

    private CompleteNotice() {
    }

    public static Notice notice() {
        return withRegisters(List.of(register()));
    }

    static Register register() {
        RegisterDraft draft = new RegisterDraft(SampleNotices.patientRegister(REGISTER_ID));
        draft.purposes = List.of(
                new Purpose(text("Asiakassuhteen hoitaminen"), LegalBasis.LEGITIMATE_INTERESTS,
                        text("Asiakassuhteen ylläpito ja yhteydenpito")),
                new Purpose(text("Uutiskirje"), LegalBasis.CONSENT, LocalizedText.EMPTY, true, false),
                new Purpose(text("Kirjanpito"), LegalBasis.LEGAL_OBLIGATION, LocalizedText.EMPTY));
        List<DataCategory> categories = new ArrayList<>(draft.dataCategories);
        categories.removeIf(category -> category.isSpecial() && category.article9Condition() == null);
        categories.add(new DataCategory(null, text("Oma merkintä"), null, null));
        draft.dataCategories = categories;
        draft.transfersOutsideEea = Answer.YES;
        draft.otherDisclosures = Answer.NO;
        draft.cookies = draft.cookies.withUsed(Answer.YES).withConsent(CookieConsent.CONSENT_TOOL);
        draft.automatedDecisions = draft.automatedDecisions.withDecisions(Answer.YES).withProfiling(Answer.YES);
        return draft.build();
    }

    static Notice withRegister(Consumer<RegisterDraft> change) {
        RegisterDraft draft = new RegisterDraft(register());
        change.accept(draft);
        return withRegisters(List.of(draft.build()));
    }

    static Notice withRegisters(List<Register> registers) {
        return new Notice(SampleNotices.controller(), SampleNotices.contactPerson(),
                SampleNotices.dataProtectionOfficer(), SampleNotices.settings(), registers);
    }

    static Notice withController(Controller controller) {
        Notice notice = notice();
        return new Notice(controller, notice.contactPerson(), notice.dataProtectionOfficer(), notice.settings(),
                notice.registers());
    }

    static Notice withContactPerson(Person contactPerson) {
        Notice notice = notice();
        return new Notice(notice.controller(), contactPerson, notice.dataProtectionOfficer(), notice.settings(),
                notice.registers());
    }

    static Notice withDataProtectionOfficer(Person officer) {
        Notice notice = notice();
        return new Notice(notice.controller(), notice.contactPerson(), officer, notice.settings(), notice.registers());
    }

    static Notice withSettings(NoticeSettings settings) {
        Notice notice = notice();
        return new Notice(notice.controller(), notice.contactPerson(), notice.dataProtectionOfficer(), settings,
                notice.registers());
    }
}
