package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;

import fi.seloste.domain.MergeNote;
import fi.seloste.domain.Notice;

/**
 * A shared section an upgrade made from answers the registers had given differently: Seloste did not choose between
 * them, so the owner is asked to check it, naming the registers, until she confirms the section with its button
 * (docs/decisions/0021).
 */
final class MergeNoteRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (MergeNote note : notice.mergeNotes()) {
            String names = String.join(", ", note.registerNames());
            findings.add(switch (note.section()) {
                case SYSTEMS -> Rule.SYSTEMS_MERGED;
                case SECURITY -> Rule.SECURITY_MERGED;
                case COOKIES -> Rule.COOKIES_MERGED;
            }, verbatim(names));
        }
    }
}
