package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.count;
import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;

import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeLimits;
import fi.seloste.domain.NoticeLimits.Excess;

/**
 * Texts and lists longer than Seloste's limits (docs/decisions/0016-limits-on-owner-text.md). The wizard keeps
 * what the owner typed or pasted, however long, and marks the field; an older file may hold more too. Such a
 * notice is not complete: it cannot be exported as an interchange file another Seloste takes in.
 */
final class LimitRules implements RuleGroup {

    /** How much of a text the finding quotes, so that the owner can find it. */
    private static final int QUOTED = 40;

    /** The path of the list of registers; the business's other lists (its systems) have their own finding. */
    private static final String REGISTERS = "notice.registers";

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (Excess excess : NoticeLimits.excesses(notice)) {
            if (excess.isList() && excess.path().equals(REGISTERS)) {
                findings.add(Rule.TOO_MANY_REGISTERS, count(excess.size()), count(excess.max()));
            } else if (excess.isList() && excess.register() == null) {
                findings.addAt(excess.step(), Rule.LIST_TOO_LONG, count(excess.size()), count(excess.max()));
            } else if (excess.isList()) {
                findings.addAt(excess.register(), excess.step(), Rule.REGISTER_LIST_TOO_LONG,
                        count(excess.size()), count(excess.max()));
            } else if (excess.register() == null) {
                findings.addAt(excess.step(), Rule.TEXT_TOO_LONG, count(excess.size()), count(excess.max()),
                        verbatim(beginning(excess.text())));
            } else {
                findings.addAt(excess.register(), excess.step(), Rule.REGISTER_TEXT_TOO_LONG,
                        count(excess.size()), count(excess.max()), verbatim(beginning(excess.text())));
            }
        }
    }

    /** The first words of a text, on one line. */
    static String beginning(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= QUOTED) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, QUOTED)) + "…";
    }
}
