package fi.seloste.export;

import static fi.seloste.export.NoticeOutline.pick;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Items;
import fi.seloste.export.Section.Paragraph;

/** Sections 4–12 of a Finnish notice for one register. Empty parts are left out, not printed as blanks. */
final class RegisterOutline {

    private RegisterOutline() {
    }

    static Section of(Register r, NoticeWording w) {
        Language l = w.language();
        List<Section> parts = new ArrayList<>();
        part(parts, w.text("section.purposes"), purposes(r, w));
        part(parts, w.text("section.data"), data(r, w));
        part(parts, w.text("section.sources"), sources(r, w));
        part(parts, w.text("section.disclosures"), disclosures(r, w));
        part(parts, w.text("section.retention"), retention(r, w));
        part(parts, w.text("section.security"), security(r, w));
        if (r.cookies().used().isYes()) {
            part(parts, w.text("section.cookies"), paragraphs(pick(r.cookies().description(), l)));
        }
        part(parts, w.text("section.automated"), automated(r, w));
        String name = pick(r.name(), l);
        List<Block> intro = paragraphs(pick(r.description(), l));
        return new Section(w.text("section.register", name.isBlank() ? w.text("register.unnamed") : name), intro, parts);
    }

    private static void part(List<Section> parts, String title, List<Block> blocks) {
        if (!blocks.isEmpty()) {
            parts.add(new Section(title, blocks, List.of()));
        }
    }

    private static List<Block> paragraphs(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                blocks.add(new Paragraph(text));
            }
        }
        return blocks;
    }

    private static List<Block> purposes(Register r, NoticeWording w) {
        Language l = w.language();
        List<String> items = new ArrayList<>();
        for (Purpose p : r.purposes()) {
            String line = pick(p.description(), l);
            if (p.basis() != null) {
                line += " — " + w.of(p.basis());
                if (p.basis() == LegalBasis.LEGITIMATE_INTERESTS && !pick(p.legitimateInterest(), l).isBlank()) {
                    line += ": " + pick(p.legitimateInterest(), l);
                }
            }
            items.add(line);
        }
        List<Block> blocks = new ArrayList<>();
        if (!items.isEmpty()) {
            blocks.add(new Items(items));
        }
        if (r.provision().requirement() != ProvisionRequirement.NOT_STATED) {
            blocks.addAll(paragraphs(w.of(r.provision().requirement()) + " " + pick(r.provision().consequence(), l)));
        }
        return blocks;
    }

    private static List<Block> data(Register r, NoticeWording w) {
        Language l = w.language();
        List<Block> blocks = new ArrayList<>();
        List<String> subjects = r.dataSubjects().stream().map(s -> pick(s.label(), l)).filter(s -> !s.isBlank()).toList();
        if (!subjects.isEmpty()) {
            blocks.add(new Paragraph(w.text("data.subjects", String.join(", ", subjects))));
        }
        List<String> categories = new ArrayList<>();
        for (DataCategory c : r.dataCategories()) {
            String line = pick(c.label(), l);
            if (c.optional()) {
                line += " (" + w.text("data.optional") + ")";
            }
            if (c.isSpecial() && c.article9Condition() != null) {
                line += " (" + w.text("data.special", w.of(c.article9Condition())) + ")";
            }
            categories.add(line);
        }
        if (!categories.isEmpty()) {
            blocks.add(new Paragraph(w.text("data.categories")));
            blocks.add(new Items(categories));
        }
        if (r.processesIdentityCode() && !pick(r.identityCodeReason(), l).isBlank()) {
            blocks.add(new Paragraph(w.text("data.identityCode", pick(r.identityCodeReason(), l))));
        }
        return blocks;
    }

    private static List<Block> sources(Register r, NoticeWording w) {
        List<String> items = new ArrayList<>();
        for (DataSource s : r.sources()) {
            String details = pick(s.description(), w.language());
            items.add(details.isBlank() ? w.of(s.kind()) : w.of(s.kind()) + ": " + details);
        }
        return items.isEmpty() ? List.of() : List.of(new Items(items));
    }

    private static List<Block> disclosures(Register r, NoticeWording w) {
        Language l = w.language();
        List<Block> blocks = new ArrayList<>();
        List<String> systems = new ArrayList<>();
        for (SystemUse s : r.systems()) {
            String usedFor = pick(s.usedFor(), l);
            String vendor = s.vendor().isBlank() ? s.name() : s.name() + " (" + s.vendor() + ")";
            systems.add(usedFor.isBlank() ? vendor : vendor + ": " + usedFor);
        }
        if (!systems.isEmpty()) {
            blocks.add(new Paragraph(w.text("disclosures.systems")));
            blocks.add(new Items(systems));
        }
        List<String> recipients = new ArrayList<>();
        for (Recipient rec : r.recipients()) {
            String description = pick(rec.description(), l);
            recipients.add(description.isBlank() ? rec.name() : rec.name() + ": " + description);
        }
        blocks.add(recipients.isEmpty() ? new Paragraph(w.text("disclosures.none")) : new Items(recipients));
        List<String> transfers = new ArrayList<>();
        r.systems().forEach(s -> s.transfers().forEach(t -> transfers.add(transfer(s.name(), t, w))));
        r.recipients().forEach(x -> x.transfers().forEach(t -> transfers.add(transfer(x.name(), t, w))));
        if (transfers.isEmpty()) {
            blocks.add(new Paragraph(w.text("transfers.none")));
        } else {
            blocks.add(new Paragraph(w.text("transfers.some")));
            blocks.add(new Items(transfers));
        }
        return blocks;
    }

    private static String transfer(String who, Transfer t, NoticeWording w) {
        return w.text("transfers.line", who, t.country(), w.of(t.safeguard()));
    }

    private static List<Block> retention(Register r, NoticeWording w) {
        Language l = w.language();
        List<String> items = new ArrayList<>();
        for (RetentionRule rule : r.retention()) {
            String appliesTo = pick(rule.appliesTo(), l);
            String how = rule.criterion().takesYears() && rule.years() != null
                    ? w.text("RetentionCriterion." + rule.criterion().name(), rule.years())
                    : w.of(rule.criterion());
            String details = pick(rule.details(), l);
            String line = (appliesTo.isBlank() ? "" : appliesTo + ": ") + how + (details.isBlank() ? "" : ". " + details);
            items.add(line);
        }
        return items.isEmpty() ? List.of() : List.of(new Items(items));
    }

    private static List<Block> security(Register r, NoticeWording w) {
        Language l = w.language();
        List<Block> blocks = new ArrayList<>();
        for (SecurityMeasure.Kind kind : SecurityMeasure.Kind.values()) {
            List<String> measures = r.security().measures().stream().filter(m -> m.kind() == kind).map(w::of).toList();
            String own = pick(switch (kind) {
                case PAPER -> r.security().paperText();
                case ELECTRONIC -> r.security().electronicText();
                case ORGANISATIONAL -> r.security().organisationalText();
            }, l);
            if (!measures.isEmpty() || !own.isBlank()) {
                blocks.add(new Paragraph(w.of(kind) + (own.isBlank() ? "" : ": " + own)));
                if (!measures.isEmpty()) {
                    blocks.add(new Items(measures));
                }
            }
        }
        return blocks;
    }

    private static List<Block> automated(Register r, NoticeWording w) {
        Language l = w.language();
        if (!r.automatedDecisions().anyUsed()) {
            return List.of(new Paragraph(w.text("automated.none")));
        }
        return paragraphs(w.text("automated.yes"), pick(r.automatedDecisions().logic(), l),
                pick(r.automatedDecisions().significance(), l));
    }
}
