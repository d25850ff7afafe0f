package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Items;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Paragraph;
import fi.seloste.export.Section.Text;

/**
 * Rekisteröidyn oikeudet: the rights every register gives (Art. 15–18) and those that follow each register's legal
 * bases and answers (Art. 21(1), 20, 7(3), 22(3)), named with the registers they apply to when not all do; the
 * right to object to direct marketing as its own paragraph (Art. 21(4)); how to use the rights (Art. 12) with the
 * owner's own instructions after it; the complaint to the supervisory authority with its contact details.
 */
final class RightsOutline {

    private RightsOutline() {
    }

    static Section of(Notice notice, NoticeWording w, List<String> authority) {
        List<Line> rights = new ArrayList<>();
        for (String key : List.of("rights.access", "rights.rectification", "rights.erasure", "rights.restriction")) {
            rights.add(Line.of(w.text(key)));
        }
        conditional(rights, notice, w, "rights.objection",
                r -> usesBasis(r, LegalBasis.LEGITIMATE_INTERESTS) || usesBasis(r, LegalBasis.PUBLIC_TASK));
        conditional(rights, notice, w, "rights.portability",
                r -> usesBasis(r, LegalBasis.CONSENT) || usesBasis(r, LegalBasis.CONTRACT));
        conditional(rights, notice, w, "rights.withdrawConsent", RightsOutline::restsOnConsent);
        conditional(rights, notice, w, "rights.automated", r -> r.automatedDecisions().decisions().isYes());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(w.text("rights.intro")));
        blocks.add(new Items(rights));
        if (notice.registers().stream().anyMatch(r -> r.purposes().stream().anyMatch(p -> p.directMarketing()))) {
            blocks.add(new Paragraph(w.text("rights.directMarketing")));
        }
        blocks.add(new Paragraph(w.text("rights.howDefault")));
        Text instructions = w.owner(notice.settings().rightsInstructions());
        if (!instructions.value().isBlank()) {
            blocks.add(new Paragraph(new LineBuilder().add(w.text("rights.ownInstructions")).add(" ").add(instructions).build()));
        }
        blocks.add(new Paragraph(w.text("rights.complaint")));
        blocks.add(Items.of(authority));
        return new Section(w.text("section.rights"), blocks, List.of());
    }

    /** A right some registers give: plain when all do (or there is one register), else naming those that do. */
    private static void conditional(List<Line> rights, Notice notice, NoticeWording w, String key, Predicate<Register> gives) {
        List<Register> giving = notice.registers().stream().filter(gives).toList();
        if (giving.isEmpty()) {
            return;
        }
        LineBuilder line = new LineBuilder().add(w.text(key));
        if (notice.registers().size() > 1 && giving.size() < notice.registers().size()) {
            List<String> names = giving.stream().map(r -> registerName(r, w)).toList();
            line.add(w.text("rights.appliesTo", String.join(", ", names)));
        }
        rights.add(line.build());
    }

    private static String registerName(Register r, NoticeWording w) {
        String name = NoticeOutline.pick(r.name(), w.language());
        return name.isBlank() ? w.text("register.unnamed") : name;
    }

    static boolean usesBasis(Register r, LegalBasis basis) {
        return r.purposes().stream().anyMatch(p -> p.basis() == basis);
    }

    /** Consent as a basis (Art. 6(1)(a)) or explicit consent for special categories (Art. 9(2)(a)): withdrawable. */
    static boolean restsOnConsent(Register r) {
        return usesBasis(r, LegalBasis.CONSENT)
                || r.dataCategories().stream().anyMatch(c -> c.article9Condition() == Article9Condition.EXPLICIT_CONSENT);
    }
}
