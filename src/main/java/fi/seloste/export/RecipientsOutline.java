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
 * Who receives the data (Art. 13(1)(e)), by kind, each group with its own lead-in: processors, separate and joint
 * controllers, authorities, regular, occasional and conditional disclosures; then what stays with us (in-house
 * systems, paper), the Kanta archive as the law describes it, and the transfers outside the EU/EEA. "No other
 * disclosures" and "no transfers" are printed only when the owner answered no.
 */
final class RecipientsOutline {

    private RecipientsOutline() {
    }

    static List<Block> of(Notice notice, Register r, NoticeWording w) {
        List<Block> blocks = new ArrayList<>();
        Blocks.group(blocks, w.text("recipients.processors"), systems(r, ProcessingRole.PROCESSOR, w));
        Blocks.group(blocks, w.text("recipients.separateControllers"), systems(r, ProcessingRole.SEPARATE_CONTROLLER, w));
        List<Line> joint = new ArrayList<>(systems(r, ProcessingRole.JOINT_CONTROLLER, w));
        joint.addAll(recipients(r, RecipientKind.JOINT_CONTROLLER, w));
        Blocks.group(blocks, w.text("recipients.jointControllers"), joint);
        Blocks.group(blocks, w.text("recipients.statutory"), recipients(r, RecipientKind.STATUTORY, w));
        Blocks.group(blocks, w.text("recipients.regular"), recipients(r, RecipientKind.REGULAR, w));
        Blocks.group(blocks, w.text("recipients.occasional"), recipients(r, RecipientKind.OCCASIONAL, w));
        Blocks.group(blocks, w.text("recipients.conditional"), recipients(r, RecipientKind.CONDITIONAL, w));
        Blocks.group(blocks, w.text("recipients.other"), systems(r, ProcessingRole.RECIPIENT, w));
        Blocks.group(blocks, w.text("recipients.inHouse"), systems(r, ProcessingRole.IN_HOUSE, w));
        Blocks.group(blocks, w.text("recipients.paper"), systems(r, ProcessingRole.PAPER_FILES, w));
        if (r.systems().stream().anyMatch(s -> s.role() == ProcessingRole.HEALTH_RECORDS_ARCHIVE)) {
            Blocks.paragraph(blocks, w.text("kanta.archive", notice.controller().name().strip()));
        }
        // After everything above, Kanta included: "no one other than those mentioned above".
        if (r.otherDisclosures().isNo()) {
            Blocks.paragraph(blocks, w.text("recipients.none"));
        }
        blocks.addAll(TransfersOutline.of(notice, r, w));
        return blocks;
    }

    /** "HubSpot (HubSpot, Inc.): uutiskirjeet": the system, its vendor if any, what we use it for. */
    private static List<Line> systems(Register r, ProcessingRole role, NoticeWording w) {
        List<Line> lines = new ArrayList<>();
        for (SystemUse s : r.systems()) {
            if (s.role() != role) {
                continue;
            }
            String name = CatalogueNames.name(s, w.language());
            String vendor = CatalogueNames.vendor(s, w.language());
            String who = vendor.isBlank() || vendor.equals(name) ? name
                    : name.isBlank() ? vendor : name + " (" + vendor + ")";
            lines.add(described(who, w.owner(s.usedFor())));
        }
        return lines;
    }

    private static List<Line> recipients(Register r, RecipientKind kind, NoticeWording w) {
        return r.recipients().stream().filter(x -> x.kind() == kind).map(x -> described(CatalogueNames.name(x, w.language()), w.owner(x.description())))
                .toList();
    }

    private static Line described(String who, Text what) {
        LineBuilder line = new LineBuilder().add(who);
        if (!what.value().isBlank()) {
            line.add(who.isBlank() ? "" : ": ").add(what);
        }
        return line.build();
    }
}
