package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.findingsOf;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.Answer;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Purpose;

import org.junit.jupiter.api.Test;

class TranslationRulesTest {

    private static final Purpose FINNISH_ONLY =
            new Purpose(LocalizedText.finnish("Ajanvaraus"), LegalBasis.CONTRACT, LocalizedText.EMPTY);
    private static final Purpose ALSO_FINNISH_ONLY =
            new Purpose(LocalizedText.finnish("Laskutus"), LegalBasis.CONTRACT, LocalizedText.EMPTY);

    private static Notice publishedIn(Set<Language> languages, Notice notice) {
        NoticeSettings old = notice.settings();
        return Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), notice.dataProtectionOfficer(),
                new NoticeSettings(languages, old.nextReview(), old.introduction(), old.rightsInstructions()),
                notice.registers());
    }

    private static List<Finding> untranslated(Notice notice) {
        List<Finding> found = new java.util.ArrayList<>(findingsOf(Rule.TRANSLATION_MISSING, notice));
        found.addAll(findingsOf(Rule.REGISTER_TRANSLATION_MISSING, notice));
        return found;
    }

    @Test
    void untranslatedTextsGiveOneFindingPerTextAndLanguageNamingTheField() {
        Notice notice = withRegister(r -> {
            r.description = LocalizedText.finnish("Asiakkaat");
            r.purposes = List.of(FINNISH_ONLY, ALSO_FINNISH_ONLY);
        });
        List<Finding> found = findingsOf(Rule.REGISTER_TRANSLATION_MISSING, notice);
        MessageArgument register = found.get(0).arguments().get(0);
        assertThat(found).extracting(Finding::step, Finding::arguments, Finding::registerId, Finding::severity)
                .containsExactlyInAnyOrder(
                        tuple(NoticeStep.REGISTERS, List.of(register, MessageArgument.languageName(Language.SV),
                                MessageArgument.stepName(NoticeStep.REGISTERS), MessageArgument.fieldName(OwnerTextField.REGISTER_DESCRIPTION),
                                MessageArgument.verbatim("Asiakkaat")), CompleteNotice.REGISTER_ID, Severity.WARNING),
                        tuple(NoticeStep.REGISTERS, List.of(register, MessageArgument.languageName(Language.EN),
                                MessageArgument.stepName(NoticeStep.REGISTERS), MessageArgument.fieldName(OwnerTextField.REGISTER_DESCRIPTION),
                                MessageArgument.verbatim("Asiakkaat")), CompleteNotice.REGISTER_ID, Severity.WARNING),
                        tuple(NoticeStep.PURPOSES, List.of(register, MessageArgument.languageName(Language.SV),
                                MessageArgument.stepName(NoticeStep.PURPOSES), MessageArgument.fieldName(OwnerTextField.PURPOSE),
                                MessageArgument.verbatim("Ajanvaraus")), CompleteNotice.REGISTER_ID, Severity.WARNING),
                        tuple(NoticeStep.PURPOSES, List.of(register, MessageArgument.languageName(Language.EN),
                                MessageArgument.stepName(NoticeStep.PURPOSES), MessageArgument.fieldName(OwnerTextField.PURPOSE),
                                MessageArgument.verbatim("Ajanvaraus")), CompleteNotice.REGISTER_ID, Severity.WARNING),
                        tuple(NoticeStep.PURPOSES, List.of(register, MessageArgument.languageName(Language.SV),
                                MessageArgument.stepName(NoticeStep.PURPOSES), MessageArgument.fieldName(OwnerTextField.PURPOSE),
                                MessageArgument.verbatim("Laskutus")), CompleteNotice.REGISTER_ID, Severity.WARNING),
                        tuple(NoticeStep.PURPOSES, List.of(register, MessageArgument.languageName(Language.EN),
                                MessageArgument.stepName(NoticeStep.PURPOSES), MessageArgument.fieldName(OwnerTextField.PURPOSE),
                                MessageArgument.verbatim("Laskutus")), CompleteNotice.REGISTER_ID, Severity.WARNING));
        assertThat(untranslated(CompleteNotice.notice())).isEmpty();
    }

    @Test
    void onlyTheNoticeLanguagesNeedTheText() {
        Notice finnishOnly = withRegister(r -> r.purposes = List.of(FINNISH_ONLY));
        assertThat(untranslated(publishedIn(EnumSet.of(Language.FI), finnishOnly))).isEmpty();

        Purpose englishOnly =
                new Purpose(new LocalizedText("", "", "Bookings"), LegalBasis.CONTRACT, LocalizedText.EMPTY);
        Notice writtenInEnglish = withRegister(r -> r.purposes = List.of(englishOnly));
        assertThat(untranslated(publishedIn(EnumSet.of(Language.FI), writtenInEnglish)))
                .extracting(Finding::step, f -> f.arguments().get(1), f -> f.arguments().get(4))
                .containsExactly(tuple(NoticeStep.PURPOSES, MessageArgument.languageName(Language.FI),
                        MessageArgument.verbatim("Bookings")));
    }

    @Test
    void theOwnersOwnLabelsNeedTranslationButCatalogueLabelsDoNot() {
        Notice ownLabel = withRegister(r -> r.dataCategories = List.of(
                new DataCategory(null, LocalizedText.finnish("Lemmikin nimi"), null, null)));
        assertThat(untranslated(ownLabel)).extracting(Finding::step, f -> f.arguments().get(3))
                .containsExactly(tuple(NoticeStep.DATA, MessageArgument.fieldName(OwnerTextField.OWN_DATA_ITEM)),
                        tuple(NoticeStep.DATA, MessageArgument.fieldName(OwnerTextField.OWN_DATA_ITEM)));

        Notice catalogueLabel = withRegister(r -> {
            r.dataCategories = List.of(DataCategory.ordinary("name", LocalizedText.finnish("Nimi")));
            r.identityCodeReason = LocalizedText.EMPTY;
        });
        assertThat(untranslated(catalogueLabel)).isEmpty();
    }

    @Test
    void textsTheNoticeDoesNotPrintNeedNoTranslation() {
        Notice unprinted = withRegister(r -> {
            r.cookies = Cookies.NONE.withUsed(Answer.NO).withDescription(LocalizedText.finnish("Ei evästeitä"));
            r.purposes = List.of(new Purpose(text("Uutiskirje"), LegalBasis.CONSENT,
                    LocalizedText.finnish("Jäänyt valinnasta")));
            r.dataCategories = List.of(DataCategory.ordinary("name", text("Nimi")));
            r.identityCodeReason = LocalizedText.finnish("Ei enää käytössä");
        });
        assertThat(untranslated(unprinted)).isEmpty();
    }

    @Test
    void noticeWideTextsAreFoundAtTheirSteps() {
        NoticeSettings sample = CompleteNotice.notice().settings();
        Notice notice = CompleteNotice.withSettings(new NoticeSettings(EnumSet.of(Language.FI, Language.SV),
                sample.nextReview(), LocalizedText.finnish("Johdanto"), LocalizedText.finnish("Lähetä pyyntö")));
        assertThat(untranslated(notice)).extracting(Finding::step, f -> f.arguments().get(2))
                .containsExactly(tuple(OwnerTexts.INTRODUCTION_STEP, MessageArgument.fieldName(OwnerTextField.INTRODUCTION)),
                        tuple(NoticeStep.RIGHTS, MessageArgument.fieldName(OwnerTextField.RIGHTS_INSTRUCTIONS)));
    }

    @Test
    void theCookieInventoryIsTranslatedToo() {
        CookieEntry finnishOnly = new CookieEntry("_ga", "Google", LocalizedText.finnish("Kävijätilastot"),
                CookieCategory.ANALYTICS, text("2 vuotta"));
        Notice notice = withRegister(r -> r.cookies = r.cookies.withInventory(List.of(finnishOnly)));
        assertThat(untranslated(notice)).extracting(Finding::step).containsOnly(NoticeStep.COOKIES_AND_AUTOMATION);
        assertThat(Translations.missingIn(notice, Language.SV)).containsExactly(NoticeStep.COOKIES_AND_AUTOMATION);
    }
}
