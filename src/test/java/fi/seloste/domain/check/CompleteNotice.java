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
        return completeDraft().into(base());
    }

    static Register register() {
        return completeDraft().build();
    }

    private static RegisterDraft completeDraft() {
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
        return draft;
    }

    /** The complete notice with its one register changed; the draft's systems, security and cookies are the business's. */
    static Notice withRegister(Consumer<RegisterDraft> change) {
        RegisterDraft draft = completeDraft();
        change.accept(draft);
        return draft.into(base());
    }

    /** These registers with the complete notice's systems, security and cookies. */
    static Notice withRegisters(List<Register> registers) {
        Notice complete = notice();
        return complete.withRegisters(registers);
    }

    private static Notice base() {
        return Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(),
                SampleNotices.dataProtectionOfficer(), SampleNotices.settings(), List.of());
    }

    static Notice withController(Controller controller) {
        Notice notice = notice();
        return notice.withController(controller);
    }

    static Notice withContactPerson(Person contactPerson) {
        Notice notice = notice();
        return notice.withContactPerson(contactPerson);
    }

    static Notice withDataProtectionOfficer(Person officer) {
        Notice notice = notice();
        return notice.withDataProtectionOfficer(officer);
    }

    static Notice withSettings(NoticeSettings settings) {
        Notice notice = notice();
        return notice.withSettings(settings);
    }
}
