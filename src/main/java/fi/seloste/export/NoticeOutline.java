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
import fi.seloste.export.Section.Paragraph;

/**
 * The notice as sections in the order Finnish notices use (see ../shared/domain/notice-requirements.md), in one
 * language: controller, contact, DPO, then each register, then the rights. Owner text missing in the language
 * falls back to the Finnish text. Plain strings only: templates escape them.
 */
public final class NoticeOutline {

    private NoticeOutline() {
    }

    public static List<Section> of(Notice notice, Language language) {
        NoticeWording w = new NoticeWording(language);
        List<Section> sections = new ArrayList<>();
        String introduction = pick(notice.settings().introduction(), language);
        if (!introduction.isBlank()) {
            sections.add(new Section(w.text("section.introduction"), List.of(new Paragraph(introduction)), List.of()));
        }
        sections.add(new Section(w.text("section.controller"), controller(notice.controller(), w), List.of()));
        if (notice.contactPerson() != null) {
            sections.add(new Section(w.text("section.contact"), person(notice.contactPerson(), w), List.of()));
        }
        if (notice.dataProtectionOfficer() != null) {
            sections.add(new Section(w.text("section.dpo"), person(notice.dataProtectionOfficer(), w), List.of()));
        }
        for (Register register : notice.registers()) {
            sections.add(RegisterOutline.of(register, w));
        }
        sections.add(RightsOutline.of(notice, w, authorityLines(Catalogues.authority(), language)));
        return sections;
    }

    /** The supervisory authority's contact block, from the one data file that holds it. */
    static List<String> authorityLines(AuthorityContact a, Language language) {
        return List.of(a.officeName().in(language), a.visitingAddress().in(language), a.postalAddress().in(language),
                a.switchboard().in(language), a.email(), a.web());
    }

    static String pick(LocalizedText text, Language language) {
        String wanted = text.in(language);
        return wanted.isBlank() ? text.fi() : wanted;
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
        return List.of(new Items(lines));
    }

    private static List<Block> person(Person p, NoticeWording w) {
        List<String> lines = new ArrayList<>();
        add(lines, p.title().isBlank() ? p.name() : (p.name().isBlank() ? p.title() : p.name() + ", " + p.title()));
        add(lines, address(p.address().street(), p.address().postalCode(), p.address().town()));
        labelled(lines, w, "contact.phone", p.phone());
        labelled(lines, w, "contact.email", p.email());
        return List.of(new Items(lines));
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
