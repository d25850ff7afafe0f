package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.catalogue.AuthorityContact;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Controller;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.Register;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Items;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Paragraph;

/**
 * The notice as sections in the order Finnish notices use (see ../shared/domain/notice-requirements.md), in one
 * language: controller, contact, DPO, the business's systems and services, then each register, then security and
 * cookies, which are the business's too, then the rights. Owner text missing in the language
 * falls back to the Finnish text, marked as Finnish. Plain text only: templates escape it.
 */
public final class NoticeOutline {

    private NoticeOutline() {
    }

    public static List<Section> of(Notice notice, Language language) {
        NoticeWording w = new NoticeWording(language);
        List<Section> sections = new ArrayList<>();
        Line introduction = new Line(List.of(w.owner(notice.settings().introduction())));
        if (!introduction.isBlank()) {
            sections.add(new Section(w.text("section.introduction"), List.of(new Paragraph(introduction)), List.of()));
        }
        sections.addAll(parties(notice, w));
        sections.addAll(SharedOutline.systems(notice, w));
        sections.addAll(registers(notice, w));
        sections.addAll(SharedOutline.securityAndCookies(notice, w));
        sections.add(RightsOutline.of(notice, w, authorityLines(Catalogues.authority(), w)));
        return sections;
    }

    /** The controller, the contact person and the DPO: who is responsible and whom to contact. */
    static List<Section> parties(Notice notice, NoticeWording w) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(w.text("section.controller"), controller(notice.controller(), w), List.of()));
        if (notice.contactPerson() != null) {
            sections.add(new Section(w.text("section.contact"), person(notice.contactPerson(), w), List.of()));
        }
        if (notice.dataProtectionOfficer() != null) {
            sections.add(new Section(w.text("section.dpo"), person(notice.dataProtectionOfficer(), w), List.of()));
        }
        return sections;
    }

    /** One section per register, its parts as sub-sections. */
    static List<Section> registers(Notice notice, NoticeWording w) {
        return notice.registers().stream().map(r -> RegisterOutline.of(notice, r, w)).toList();
    }

    /** The supervisory authority's contact block, from the one data file that holds it, each line labelled. */
    static List<String> authorityLines(AuthorityContact a, NoticeWording w) {
        Language language = w.language();
        return List.of(a.officeName().in(language), w.text("authority.visiting", a.visitingAddress().in(language)),
                w.text("authority.postal", a.postalAddress().in(language)),
                w.text("authority.switchboard", a.switchboard().in(language)), w.text("authority.email", a.email()),
                w.text("authority.web", a.web()));
    }

    /** The owner's text in the language, else her Finnish text; for headings, which carry no language marks. */
    static String pick(LocalizedText text, Language language) {
        String wanted = text.in(language);
        return wanted.isBlank() ? text.fi() : wanted;
    }

    /** Where to ask for something (a copy of the safeguards): the contact person's, DPO's or business's email. */
    static String contactPoint(Notice notice) {
        List<String> candidates = new ArrayList<>();
        if (notice.contactPerson() != null) {
            candidates.add(notice.contactPerson().email());
        }
        if (notice.dataProtectionOfficer() != null) {
            candidates.add(notice.dataProtectionOfficer().email());
        }
        Controller c = notice.controller();
        candidates.add(c.email());
        candidates.add(address(c.address().street(), c.address().postalCode(), c.address().town()));
        candidates.add(c.phone());
        return candidates.stream().filter(s -> s != null && !s.isBlank()).findFirst().orElse("");
    }

    private static List<Block> controller(Controller c, NoticeWording w) {
        List<String> lines = new ArrayList<>();
        add(lines, c.name());
        if (!c.businessId().isBlank()) {
            lines.add(w.text("controller.businessId", c.businessId()));
        }
        add(lines, address(c.address().street(), c.address().postalCode(), c.address().town()));
        labelled(lines, w, "contact.phone", c.phone());
        labelled(lines, w, "contact.email", c.email());
        labelled(lines, w, "contact.website", c.website());
        return List.of(Items.of(lines));
    }

    private static List<Block> person(Person p, NoticeWording w) {
        List<String> lines = new ArrayList<>();
        String title = pick(p.title(), w.language());
        add(lines, title.isBlank() ? p.name() : (p.name().isBlank() ? title : p.name() + ", " + title));
        add(lines, address(p.address().street(), p.address().postalCode(), p.address().town()));
        labelled(lines, w, "contact.phone", p.phone());
        labelled(lines, w, "contact.email", p.email());
        return List.of(Items.of(lines));
    }

    private static String address(String street, String postalCode, String town) {
        String place = (postalCode + " " + town).strip();
        return street.isBlank() ? place : (place.isBlank() ? street : street + ", " + place);
    }

    private static void add(List<String> lines, String value) {
        if (!value.isBlank()) {
            lines.add(value);
        }
    }

    private static void labelled(List<String> lines, NoticeWording w, String key, String value) {
        if (!value.isBlank()) {
            lines.add(w.text(key, value));
        }
    }
}
