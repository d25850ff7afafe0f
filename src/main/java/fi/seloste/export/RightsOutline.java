package fi.seloste.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Items;
import fi.seloste.export.Section.Paragraph;

/**
 * Rekisteröidyn oikeudet: the rights that apply given the legal bases used (Art. 15–21, 7(3)), how to use them,
 * and the complaint to the supervisory authority with its current contact details.
 */
final class RightsOutline {

    private RightsOutline() {
    }

    static Section of(Notice notice, NoticeWording w, List<String> authority) {
        Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        for (Register r : notice.registers()) {
            for (Purpose p : r.purposes()) {
                if (p.basis() != null) {
                    bases.add(p.basis());
                }
            }
        }
        List<String> rights = new ArrayList<>(List.of(w.text("rights.access"), w.text("rights.rectification"),
                w.text("rights.erasure"), w.text("rights.restriction")));
        if (bases.contains(LegalBasis.LEGITIMATE_INTERESTS) || bases.contains(LegalBasis.PUBLIC_TASK)) {
            rights.add(w.text("rights.objection"));
        }
        if (bases.contains(LegalBasis.CONSENT) || bases.contains(LegalBasis.CONTRACT)) {
            rights.add(w.text("rights.portability"));
        }
        if (bases.contains(LegalBasis.CONSENT)) {
            rights.add(w.text("rights.withdrawConsent"));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(w.text("rights.intro")));
        blocks.add(new Items(rights));
        String instructions = NoticeOutline.pick(notice.settings().rightsInstructions(), w.language());
        blocks.add(new Paragraph(instructions.isBlank() ? w.text("rights.howDefault") : instructions));
        blocks.add(new Paragraph(w.text("rights.complaint")));
        blocks.add(new Items(authority));
        return new Section(w.text("section.rights"), blocks, List.of());
    }
}
