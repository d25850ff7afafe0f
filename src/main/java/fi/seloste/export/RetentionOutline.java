package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Text;

/**
 * How long each kind of data is kept (Art. 13(2)(a)): "Asiakastiedot: asiakassuhteen ajan ja 2 vuotta sen
 * päättymisen jälkeen". Numbers follow the language's grammar through ChoiceFormat; a criterion that says nothing
 * on its own (OTHER) prints only the owner's details, a label criterion ("lain edellyttämän ajan:") its details after it.
 */
final class RetentionOutline {

    private RetentionOutline() {
    }

    static List<Block> of(Register r, NoticeWording w) {
        List<Line> items = new ArrayList<>();
        for (RetentionRule rule : r.retention()) {
            Line how = how(rule, w);
            if (how.isBlank()) {
                continue;
            }
            LineBuilder line = new LineBuilder();
            Text appliesTo = w.owner(rule.appliesTo());
            if (!appliesTo.value().isBlank()) {
                line.add(appliesTo).add(": ");
            }
            items.add(line.add(how).build());
        }
        List<Block> blocks = new ArrayList<>();
        Blocks.items(blocks, items);
        return blocks;
    }

    /** The period itself: the criterion's wording and the owner's details, each once. */
    static Line how(RetentionRule rule, NoticeWording w) {
        RetentionCriterion c = rule.criterion();
        String fixed = c.takesYears()
                ? w.text("RetentionCriterion." + c.name(), rule.years() == null ? 0 : rule.years())
                : w.of(c);
        return Sentences.merge(fixed, w.owner(rule.details()), fixed.endsWith(":") ? " " : ". ");
    }
}
