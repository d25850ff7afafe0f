package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.languageName;
import static fi.seloste.domain.check.MessageArgument.stepName;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;

/** Texts written in one language but blank in another the notice is published in: one finding per language and step. */
final class TranslationRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        Map<NoticeStep, List<LocalizedText>> textsByStep = OwnerTexts.byStep(notice);
        for (Language language : notice.settings().languages()) {
            textsByStep.forEach((step, texts) -> {
                if (texts.stream().anyMatch(text -> isUntranslated(text, language))) {
                    findings.addAt(step, Rule.TRANSLATION_MISSING, languageName(language), stepName(step));
                }
            });
        }
    }

    private static boolean isUntranslated(LocalizedText text, Language language) {
        return text.isBlankIn(language) && !text.isBlank();
    }
}
