package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Line;

/**
 * Automated individual decisions (Art. 22, 13(2)(f)) and profiling (Art. 4(4)), each as the owner answered: no
 * prints its own "no" sentence, yes the lead-in with her logic and significance, not answered prints nothing.
 * Profiling without such decisions prints the significance too when she wrote it: the check asks for it.
 */
final class AutomatedOutline {

    private AutomatedOutline() {
    }

    static List<Block> of(AutomatedDecisions a, NoticeWording w) {
        List<Block> blocks = new ArrayList<>();
        Line logic = new Line(List.of(w.owner(a.logic())));
        if (a.decisions().isYes()) {
            Blocks.paragraph(blocks, w.text("automated.decisions"));
            Blocks.paragraph(blocks, logic);
            Blocks.paragraph(blocks, new Line(List.of(w.owner(a.significance()))));
        } else if (a.decisions().isNo()) {
            Blocks.paragraph(blocks, w.text("automated.noDecisions"));
        }
        if (a.profiling().isYes() && !a.decisions().isYes()) {
            // With decisions the lead-in above covers profiling (Art. 22 "including profiling"); the profiling
            // lead-in would then claim that no decision rests on profiling, which the owner did not say.
            boolean explained = !a.significance().isBlank();
            Blocks.paragraph(blocks, w.text(explained ? "automated.profilingAndSignificance" : "automated.profiling"));
            Blocks.paragraph(blocks, logic);
            if (explained) {
                Blocks.paragraph(blocks, new Line(List.of(w.owner(a.significance()))));
            }
        } else if (a.profiling().isNo()) {
            Blocks.paragraph(blocks, w.text("automated.noProfiling"));
        }
        return blocks;
    }
}
