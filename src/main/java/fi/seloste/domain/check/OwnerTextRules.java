package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;

/**
 * What the owner's own words say: template placeholders she left unfilled (Art. 12(1): the notice must be clear),
 * and rights instructions that limit the rights (Art. 12(5), 15(3)).
 */
final class OwnerTextRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        PrintedTexts.byStep(notice).forEach((step, texts) -> texts.forEach(text ->
                Placeholders.in(text).forEach(placeholder ->
                        findings.addAt(step, Rule.PLACEHOLDER_LEFT, verbatim(placeholder)))));
        for (Language language : Language.values()) {
            String instructions = notice.settings().rightsInstructions().in(language);
            RightsLimits.quotas(instructions).forEach(s -> findings.add(Rule.RIGHTS_LIMITED, verbatim(s)));
            RightsLimits.fees(instructions).forEach(s -> findings.add(Rule.RIGHTS_FEE_MENTIONED, verbatim(s)));
        }
    }
}
