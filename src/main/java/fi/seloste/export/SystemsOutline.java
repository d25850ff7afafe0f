package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Line;

/**
 * The business's systems and services, once for all registers (Art. 13(1)(e) and (f)): by the part each plays
 * (processors, separate and joint controllers, other recipients, in-house systems, paper), each with what it is
 * used for, where its data is, and, when the notice has more than one register, which registers use it; then the
 * transfers outside the EU/EEA the systems make.
 */
final class SystemsOutline {

    private SystemsOutline() {
    }

    static List<Block> of(Notice notice, NoticeWording w) {
        List<Block> blocks = new ArrayList<>();
        Blocks.group(blocks, w.text("recipients.processors"), lines(notice, ProcessingRole.PROCESSOR, w));
        Blocks.group(blocks, w.text("recipients.separateControllers"), lines(notice, ProcessingRole.SEPARATE_CONTROLLER, w));
        Blocks.group(blocks, w.text("recipients.jointControllers"), lines(notice, ProcessingRole.JOINT_CONTROLLER, w));
        Blocks.group(blocks, w.text("recipients.other"), lines(notice, ProcessingRole.RECIPIENT, w));
        Blocks.group(blocks, w.text("recipients.inHouse"), lines(notice, ProcessingRole.IN_HOUSE, w));
        Blocks.group(blocks, w.text("recipients.paper"), lines(notice, ProcessingRole.PAPER_FILES, w));
        blocks.addAll(TransfersOutline.ofSystems(notice, w));
        return blocks;
    }

    /** "HubSpot (HubSpot, Inc.): uutiskirjeet", then where its data is and which registers use it. */
    private static List<Line> lines(Notice notice, ProcessingRole role, NoticeWording w) {
        List<Line> lines = new ArrayList<>();
        for (SystemUse s : notice.systems()) {
            if (s.role() != role) {
                continue;
            }
            LineBuilder line = new LineBuilder().add(RecipientsOutline.described(who(s, w), w.owner(s.usedFor())));
            String storage = CatalogueNames.storage(s, w.language()).strip();
            if (!storage.isEmpty()) {
                line.add("\n").add(w.text("systems.storage", storage));
            }
            if (notice.registers().size() > 1) {
                List<String> names = notice.registersUsing(s).stream().map(r -> registerName(r, w)).toList();
                if (!names.isEmpty()) {
                    // "Käytössä rekisterissä" for one register: the plural beside one name reads as a mistake.
                    String key = names.size() == 1 ? "systems.usedByOne" : "systems.usedBy";
                    line.add("\n").add(w.text(key, String.join(", ", names)));
                }
            }
            lines.add(line.build());
        }
        return lines;
    }

    static String who(SystemUse s, NoticeWording w) {
        String name = CatalogueNames.name(s, w.language());
        String vendor = CatalogueNames.vendor(s, w.language());
        return vendor.isBlank() || vendor.equals(name) ? name : name.isBlank() ? vendor : name + " (" + vendor + ")";
    }

    static String registerName(Register r, NoticeWording w) {
        String name = NoticeOutline.pick(r.name(), w.language());
        return name.isBlank() ? w.text("register.unnamed") : name;
    }
}
