package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Register;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Text;

/**
 * The sections of a Finnish notice that are one register's; security and cookies are the business's
 * ({@link SharedOutline}). Empty parts are left out, not printed as blanks.
 */
final class RegisterOutline {

    private RegisterOutline() {
    }

    static Section of(Notice notice, Register r, NoticeWording w) {
        Language l = w.language();
        List<Section> parts = new ArrayList<>();
        part(parts, w.text("section.purposes"), purposes(r, w));
        part(parts, w.text("section.data"), data(r, w));
        part(parts, w.text("section.sources"), sources(r, w));
        part(parts, w.text("section.disclosures"), RecipientsOutline.of(notice, r, w));
        part(parts, w.text("section.retention"), RetentionOutline.of(r, w));
        part(parts, w.text("section.automated"), AutomatedOutline.of(r.automatedDecisions(), w));
        String name = NoticeOutline.pick(r.name(), l);
        List<Block> intro = new ArrayList<>();
        Blocks.paragraph(intro, new Line(List.of(w.owner(r.description()))));
        return new Section(w.text("section.register", name.isBlank() ? w.text("register.unnamed") : name), intro, parts);
    }

    private static void part(List<Section> parts, String title, List<Block> blocks) {
        if (!blocks.isEmpty()) {
            parts.add(new Section(title, blocks, List.of()));
        }
    }

    private static List<Block> purposes(Register r, NoticeWording w) {
        List<Line> items = new ArrayList<>();
        for (Purpose p : r.purposes()) {
            LineBuilder line = new LineBuilder().add(w.owner(p.description()));
            if (p.basis() != null) {
                line.add(line.isBlank() ? "" : "\n").add(w.line("purpose.basis", w.of(p.basis())));
                Text interest = w.owner(p.legitimateInterest());
                if (p.basis() == LegalBasis.LEGITIMATE_INTERESTS && !interest.value().isBlank()) {
                    line.add("\n").add(w.line("purpose.legitimateInterest", interest));
                }
            }
            items.add(line.build());
        }
        List<Block> blocks = new ArrayList<>();
        Blocks.items(blocks, items);
        if (r.provision().requirement() != ProvisionRequirement.NOT_STATED) {
            Line line = Sentences.merge(w.of(r.provision().requirement()), w.owner(r.provision().consequence()), " ");
            Blocks.paragraph(blocks, line);
        }
        return blocks;
    }

    private static List<Block> data(Register r, NoticeWording w) {
        List<Block> blocks = new ArrayList<>();
        List<Line> subjects = r.dataSubjects().stream().map(s -> new Line(List.of(w.owner(s.label())))).toList();
        Blocks.group(blocks, w.text("data.subjects"), subjects);
        List<Line> categories = new ArrayList<>();
        for (DataCategory c : r.dataCategories()) {
            LineBuilder line = new LineBuilder().add(w.owner(c.label()));
            if (line.isBlank()) {
                continue;
            }
            if (c.optional()) {
                line.add(" (" + w.text("data.optional") + ")");
            }
            if (c.isSpecial() && c.article9Condition() != null) {
                line.add(w.text("data.special", w.of(c.article9Condition())));
            }
            categories.add(line.build());
        }
        Blocks.group(blocks, w.text("data.categories"), categories);
        Text reason = w.owner(r.identityCodeReason());
        if (r.processesIdentityCode() && !reason.value().isBlank()) {
            Blocks.paragraph(blocks, w.line("data.identityCode", reason));
        }
        return blocks;
    }

    private static List<Block> sources(Register r, NoticeWording w) {
        List<Line> items = new ArrayList<>();
        for (DataSource s : r.sources()) {
            Text details = w.owner(s.description());
            LineBuilder line = new LineBuilder().add(w.of(s.kind()));
            if (!details.value().isBlank()) {
                line.add(": ").add(details);
            }
            items.add(line.build());
        }
        List<Block> blocks = new ArrayList<>();
        Blocks.items(blocks, items);
        return blocks;
    }
}
