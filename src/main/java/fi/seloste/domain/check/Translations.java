package fi.seloste.domain.check;

import java.util.EnumSet;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;

/** Where the owner's text is written in some language but not in this one; a notice in it falls back to Finnish there. */
public final class Translations {

    private Translations() {
    }

    public static Set<NoticeStep> missingIn(Notice notice, Language language) {
        Set<NoticeStep> steps = EnumSet.noneOf(NoticeStep.class);
        OwnerTexts.byStep(notice).forEach((step, texts) -> {
            if (texts.stream().anyMatch(t -> t.isBlankIn(language) && !t.isBlank())) {
                steps.add(step);
            }
        });
        return steps;
    }
}
