package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Text;

/**
 * Who receives one register's data (Art. 13(1)(e)): which of the business's systems hold it (told once, for all
 * registers, by {@link SystemsOutline}), then its recipients by kind, each group with its own lead-in: joint
 * controllers, authorities, regular, occasional and conditional disclosures; the Kanta archive as the law describes
 * it, and the transfers outside the EU/EEA. "No other disclosures" and "no transfers" are printed only when the
 * owner answered no.
 */
final class RecipientsOutline {

    private RecipientsOutline() {
    }

    static List<Block> of(Notice notice, Register r, NoticeWording w) {
        List<Block> blocks = new ArrayList<>();
        List<SystemUse> systems = notice.systemsOf(r);
        if (notice.registers().size() > 1 && !systems.isEmpty()) {
            // Kanta is not among the systems section's groups: the register's own Kanta paragraph below tells of it.
            List<String> names = systems.stream().filter(s -> s.role() != ProcessingRole.HEALTH_RECORDS_ARCHIVE)
                    .map(s -> CatalogueNames.name(s, w.language())).toList();
            if (!names.isEmpty()) {
                Blocks.paragraph(blocks, w.text("register.systems", w.text("section.systems"), String.join(", ", names)));
            }
        }
        Blocks.group(blocks, w.text("recipients.jointControllers"), recipients(r, RecipientKind.JOINT_CONTROLLER, w));
        Blocks.group(blocks, w.text("recipients.statutory"), recipients(r, RecipientKind.STATUTORY, w));
        Blocks.group(blocks, w.text("recipients.regular"), recipients(r, RecipientKind.REGULAR, w));
        Blocks.group(blocks, w.text("recipients.occasional"), recipients(r, RecipientKind.OCCASIONAL, w));
        Blocks.group(blocks, w.text("recipients.conditional"), recipients(r, RecipientKind.CONDITIONAL, w));
        if (systems.stream().anyMatch(s -> s.role() == ProcessingRole.HEALTH_RECORDS_ARCHIVE)) {
            Blocks.paragraph(blocks, w.text("kanta.archive", notice.controller().name().strip()));
        }
        // After everything above, the business's systems and Kanta included: "no one other than those mentioned above".
        if (r.otherDisclosures().isNo()) {
            Blocks.paragraph(blocks, w.text("recipients.none"));
        }
        blocks.addAll(TransfersOutline.of(notice, r, w));
        return blocks;
    }

    private static List<Line> recipients(Register r, RecipientKind kind, NoticeWording w) {
        return r.recipients().stream().filter(x -> x.kind() == kind).map(x -> described(CatalogueNames.name(x, w.language()), w.owner(x.description())))
                .toList();
    }

    static Line described(String who, Text what) {
        LineBuilder line = new LineBuilder().add(who);
        if (!what.value().isBlank()) {
            line.add(who.isBlank() ? "" : ": ").add(what);
        }
        return line.build();
    }
}
