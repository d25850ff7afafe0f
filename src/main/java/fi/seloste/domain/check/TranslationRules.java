package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.fieldName;
import static fi.seloste.domain.check.MessageArgument.languageName;
import static fi.seloste.domain.check.MessageArgument.stepName;
import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.TextLimit;

/**
 * Texts written in one language but blank in another the notice is published in: one finding per text and language,
 * naming the field and the beginning of the text, at the step (and register) whose field takes the translation.
 */
final class TranslationRules implements RuleGroup {

    /** How much of the text the finding quotes, so that the owner recognises it. */
    static final int QUOTED = 40;

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (Language language : notice.settings().languages()) {
            for (OwnerText text : OwnerTexts.of(notice)) {
                if (isUntranslated(text.text(), language)) {
                    NoticeStep step = text.field().step();
                    MessageArgument[] arguments = {languageName(language), stepName(step), fieldName(text.field()),
                            verbatim(quoted(text.text()))};
                    if (text.register() == null) {
                        findings.addAt(step, Rule.TRANSLATION_MISSING, arguments);
                    } else {
                        findings.addAt(text.register(), step, Rule.REGISTER_TRANSLATION_MISSING, arguments);
                    }
                }
            }
        }
    }

    private static boolean isUntranslated(LocalizedText text, Language language) {
        return text.isBlankIn(language) && !text.isBlank();
    }

    /** The text as written in the first language that has it, cut after {@link #QUOTED} characters. */
    static String quoted(LocalizedText text) {
        String written = Stream.of(Language.values()).map(text::in).filter(t -> !t.isBlank()).findFirst().orElse("")
                .strip().replaceAll("\\s+", " ");
        if (TextLimit.length(written) <= QUOTED) {
            return written;
        }
        return written.substring(0, written.offsetByCodePoints(0, QUOTED)).strip() + "…";
    }
}
