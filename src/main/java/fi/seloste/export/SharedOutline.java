package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Notice;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Text;

/**
 * The sections said once for the business, whatever the number of registers: its systems and services (Art.
 * 13(1)(e) and (f)), before the registers that name them; how the data is secured (Art. 32) and the website's
 * cookies (laki sähköisen viestinnän palveluista 205 §), after them. A section with nothing to say is left out.
 */
final class SharedOutline {

    private SharedOutline() {
    }

    static List<Section> systems(Notice notice, NoticeWording w) {
        return section(w.text("section.systems"), SystemsOutline.of(notice, w));
    }

    static List<Section> securityAndCookies(Notice notice, NoticeWording w) {
        List<Section> sections = new ArrayList<>(section(w.text("section.security"), forAll(notice, security(notice, w), w)));
        sections.addAll(section(w.text("section.cookies"), forAll(notice, CookiesOutline.of(notice.cookies(), w), w)));
        return sections;
    }

    /** With several registers, a shared section says first that it applies to all of them. */
    private static List<Block> forAll(Notice notice, List<Block> blocks, NoticeWording w) {
        if (blocks.isEmpty() || notice.registers().size() < 2) {
            return blocks;
        }
        List<Block> scoped = new ArrayList<>();
        Blocks.paragraph(scoped, w.text("shared.appliesToAll"));
        scoped.addAll(blocks);
        return scoped;
    }

    private static List<Section> section(String title, List<Block> blocks) {
        return blocks.isEmpty() ? List.of() : List.of(new Section(title, blocks, List.of()));
    }

    private static List<Block> security(Notice notice, NoticeWording w) {
        List<Block> blocks = new ArrayList<>();
        for (SecurityMeasure.Kind kind : SecurityMeasure.Kind.values()) {
            List<Line> measures = notice.security().measures().stream().filter(m -> m.kind() == kind)
                    .map(m -> Line.of(w.of(m))).toList();
            Text own = w.owner(switch (kind) {
                case PAPER -> notice.security().paperText();
                case ELECTRONIC -> notice.security().electronicText();
                case ORGANISATIONAL -> notice.security().organisationalText();
            });
            if (!measures.isEmpty() || !own.value().isBlank()) {
                LineBuilder line = new LineBuilder().add(w.of(kind));
                if (!own.value().isBlank()) {
                    line.add(": ").add(own);
                }
                Blocks.paragraph(blocks, line.build());
                Blocks.items(blocks, measures);
            }
        }
        return blocks;
    }
}
