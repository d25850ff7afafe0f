package fi.seloste.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every value of a notice that has a limit ({@link TextLimit}, {@link ListLimit}), with its place in the
 * interchange document (a path such as {@code notice.registers[0].name.fi}, as the JSON Schema names it) and the
 * wizard step where the owner types it. The completeness check reports what is over its limit; a test walks the
 * schema alongside, so that the two cannot name different limits.
 */
public final class NoticeLimits {

    /** What {@link #walk} visits; register is null outside a register. */
    public interface Visitor {
        void text(String path, NoticeStep step, Register register, TextLimit limit, String value);

        void list(String path, NoticeStep step, Register register, ListLimit limit, int size);
    }

    /**
     * A value over its limit. text is the value for a text and null for a list; size is its length in characters
     * or its number of entries.
     */
    public record Excess(String path, NoticeStep step, Register register, int size, int max, String text) {

        public boolean isList() {
            return text == null;
        }
    }

    private final Visitor visitor;

    private NoticeLimits(Visitor visitor) {
        this.visitor = visitor;
    }

    /** Every value over its limit, in the order of the interchange document. */
    public static List<Excess> excesses(Notice notice) {
        List<Excess> found = new ArrayList<>();
        walk(notice, new Visitor() {
            @Override
            public void text(String path, NoticeStep step, Register register, TextLimit limit, String value) {
                if (!limit.allows(value)) {
                    found.add(new Excess(path, step, register, TextLimit.length(value), limit.max(), value));
                }
            }

            @Override
            public void list(String path, NoticeStep step, Register register, ListLimit limit, int size) {
                if (!limit.allows(size)) {
                    found.add(new Excess(path, step, register, size, limit.max(), null));
                }
            }
        });
        return found;
    }

    public static void walk(Notice notice, Visitor visitor) {
        new NoticeLimits(visitor).notice("notice", notice);
    }

    private void notice(String path, Notice notice) {
        controller(path + ".controller", notice.controller());
        person(path + ".contactPerson", notice.contactPerson());
        person(path + ".dataProtectionOfficer", notice.dataProtectionOfficer());
        settings(path + ".settings", notice.settings());
        List<Register> registers = notice.registers();
        visitor.list(path + ".registers", NoticeStep.REGISTERS, null, ListLimit.REGISTERS, registers.size());
        for (int i = 0; i < registers.size(); i++) {
            register(path + ".registers[" + i + "]", registers.get(i));
        }
        systems(path, notice.systems());
        security(path + ".security", notice.security());
        cookies(path + ".cookies", notice.cookies());
        visitor.list(path + ".mergeNotes", NoticeStep.REVIEW, null, ListLimit.MERGE_NOTES, notice.mergeNotes().size());
        for (int i = 0; i < notice.mergeNotes().size(); i++) {
            List<String> names = notice.mergeNotes().get(i).registerNames();
            String at = path + ".mergeNotes[" + i + "].registerNames";
            visitor.list(at, NoticeStep.REVIEW, null, ListLimit.REGISTERS, names.size());
            for (int j = 0; j < names.size(); j++) {
                text(at + "[" + j + "]", NoticeStep.REVIEW, null, TextLimit.NAME, names.get(j));
            }
        }
    }

    private void controller(String path, Controller c) {
        NoticeStep step = NoticeStep.CONTROLLER;
        text(path + ".name", step, null, TextLimit.NAME, c.name());
        text(path + ".businessId", step, null, TextLimit.CODE, c.businessId());
        address(path + ".address", step, c.address());
        text(path + ".phone", step, null, TextLimit.PHONE, c.phone());
        text(path + ".email", step, null, TextLimit.EMAIL, c.email());
        text(path + ".website", step, null, TextLimit.URL, c.website());
    }

    private void person(String path, Person p) {
        if (p == null) {
            return;
        }
        NoticeStep step = NoticeStep.CONTACT;
        text(path + ".name", step, null, TextLimit.NAME, p.name());
        localized(path + ".title", step, null, TextLimit.NAME, p.title());
        text(path + ".email", step, null, TextLimit.EMAIL, p.email());
        text(path + ".phone", step, null, TextLimit.PHONE, p.phone());
        address(path + ".address", step, p.address());
    }

    private void address(String path, NoticeStep step, PostalAddress a) {
        text(path + ".street", step, null, TextLimit.NAME, a.street());
        text(path + ".postalCode", step, null, TextLimit.CODE, a.postalCode());
        text(path + ".town", step, null, TextLimit.NAME, a.town());
    }

    private void settings(String path, NoticeSettings s) {
        visitor.list(path + ".languages", NoticeStep.REVIEW, null, ListLimit.LANGUAGES, s.languages().size());
        localized(path + ".introduction", NoticeStep.CONTROLLER, null, TextLimit.TEXT, s.introduction());
        localized(path + ".rightsInstructions", NoticeStep.RIGHTS, null, TextLimit.TEXT, s.rightsInstructions());
    }

    private void register(String path, Register r) {
        localized(path + ".name", NoticeStep.REGISTERS, r, TextLimit.NAME, r.name());
        localized(path + ".description", NoticeStep.REGISTERS, r, TextLimit.TEXT, r.description());
        purposes(path, r);
        data(path, r);
        sources(path, r);
        visitor.list(path + ".systemKeys", NoticeStep.SYSTEMS, r, ListLimit.SYSTEMS, r.systemKeys().size());
        for (int i = 0; i < r.systemKeys().size(); i++) {
            text(path + ".systemKeys[" + i + "]", NoticeStep.SYSTEMS, r, TextLimit.CODE, r.systemKeys().get(i));
        }
        recipients(path, r);
        retention(path, r);
        AutomatedDecisions a = r.automatedDecisions();
        NoticeStep step = NoticeStep.COOKIES_AND_AUTOMATION;
        localized(path + ".automatedDecisions.logic", step, r, TextLimit.TEXT, a.logic());
        localized(path + ".automatedDecisions.significance", step, r, TextLimit.TEXT, a.significance());
        localized(path + ".provision.consequence", NoticeStep.PURPOSES, r, TextLimit.TEXT, r.provision().consequence());
    }

    private void purposes(String path, Register r) {
        NoticeStep step = NoticeStep.PURPOSES;
        visitor.list(path + ".purposes", step, r, ListLimit.PURPOSES, r.purposes().size());
        for (int i = 0; i < r.purposes().size(); i++) {
            Purpose p = r.purposes().get(i);
            String at = path + ".purposes[" + i + "]";
            localized(at + ".description", step, r, TextLimit.TEXT, p.description());
            localized(at + ".legitimateInterest", step, r, TextLimit.TEXT, p.legitimateInterest());
        }
    }

    private void data(String path, Register r) {
        NoticeStep step = NoticeStep.DATA;
        visitor.list(path + ".dataSubjects", step, r, ListLimit.DATA_SUBJECTS, r.dataSubjects().size());
        for (int i = 0; i < r.dataSubjects().size(); i++) {
            DataSubjectGroup g = r.dataSubjects().get(i);
            String at = path + ".dataSubjects[" + i + "]";
            nullableText(at + ".catalogKey", step, r, TextLimit.CATALOGUE_KEY, g.catalogKey());
            localized(at + ".label", step, r, TextLimit.NAME, g.label());
        }
        visitor.list(path + ".dataCategories", step, r, ListLimit.DATA_CATEGORIES, r.dataCategories().size());
        for (int i = 0; i < r.dataCategories().size(); i++) {
            DataCategory c = r.dataCategories().get(i);
            String at = path + ".dataCategories[" + i + "]";
            nullableText(at + ".catalogKey", step, r, TextLimit.CATALOGUE_KEY, c.catalogKey());
            localized(at + ".label", step, r, TextLimit.NAME, c.label());
        }
        localized(path + ".identityCodeReason", step, r, TextLimit.TEXT, r.identityCodeReason());
    }

    private void sources(String path, Register r) {
        NoticeStep step = NoticeStep.SOURCES;
        visitor.list(path + ".sources", step, r, ListLimit.SOURCES, r.sources().size());
        for (int i = 0; i < r.sources().size(); i++) {
            localized(path + ".sources[" + i + "].description", step, r, TextLimit.TEXT, r.sources().get(i).description());
        }
    }

    private void systems(String path, List<SystemUse> systems) {
        NoticeStep step = NoticeStep.SYSTEMS;
        Register r = null;
        visitor.list(path + ".systems", step, r, ListLimit.SYSTEMS, systems.size());
        for (int i = 0; i < systems.size(); i++) {
            SystemUse s = systems.get(i);
            String at = path + ".systems[" + i + "]";
            text(at + ".key", step, r, TextLimit.CODE, s.key());
            nullableText(at + ".catalogId", step, r, TextLimit.CATALOGUE_KEY, s.catalogId());
            text(at + ".name", step, r, TextLimit.NAME, s.name());
            text(at + ".vendor", step, r, TextLimit.NAME, s.vendor());
            localized(at + ".usedFor", step, r, TextLimit.TEXT, s.usedFor());
            localized(at + ".storageLocation", step, r, TextLimit.NAME, s.storageLocation());
            transfers(at + ".transfers", step, r, s.transfers());
            text(at + ".privacyUrl", step, r, TextLimit.URL, s.privacyUrl());
        }
    }

    private void recipients(String path, Register r) {
        NoticeStep step = NoticeStep.RECIPIENTS;
        visitor.list(path + ".recipients", step, r, ListLimit.RECIPIENTS, r.recipients().size());
        for (int i = 0; i < r.recipients().size(); i++) {
            Recipient x = r.recipients().get(i);
            String at = path + ".recipients[" + i + "]";
            localized(at + ".name", step, r, TextLimit.NAME, x.name());
            localized(at + ".description", step, r, TextLimit.TEXT, x.description());
            transfers(at + ".transfers", step, r, x.transfers());
        }
    }

    private void transfers(String path, NoticeStep step, Register r, List<Transfer> transfers) {
        visitor.list(path, step, r, ListLimit.TRANSFERS, transfers.size());
        for (int i = 0; i < transfers.size(); i++) {
            text(path + "[" + i + "].country", step, r, TextLimit.NAME, transfers.get(i).country());
        }
    }

    private void retention(String path, Register r) {
        NoticeStep step = NoticeStep.RETENTION;
        visitor.list(path + ".retention", step, r, ListLimit.RETENTION_RULES, r.retention().size());
        for (int i = 0; i < r.retention().size(); i++) {
            RetentionRule rule = r.retention().get(i);
            String at = path + ".retention[" + i + "]";
            localized(at + ".appliesTo", step, r, TextLimit.NAME, rule.appliesTo());
            localized(at + ".details", step, r, TextLimit.TEXT, rule.details());
        }
    }

    private void security(String path, Security s) {
        NoticeStep step = NoticeStep.SECURITY;
        Register r = null;
        visitor.list(path + ".measures", step, r, ListLimit.SECURITY_MEASURES, s.measures().size());
        localized(path + ".paperText", step, r, TextLimit.TEXT, s.paperText());
        localized(path + ".electronicText", step, r, TextLimit.TEXT, s.electronicText());
        localized(path + ".organisationalText", step, r, TextLimit.TEXT, s.organisationalText());
    }

    private void cookies(String path, Cookies c) {
        NoticeStep step = NoticeStep.COOKIES_AND_AUTOMATION;
        Register r = null;
        visitor.list(path + ".inventory", step, r, ListLimit.COOKIES, c.inventory().size());
        for (int i = 0; i < c.inventory().size(); i++) {
            CookieEntry e = c.inventory().get(i);
            String at = path + ".inventory[" + i + "]";
            text(at + ".name", step, r, TextLimit.NAME, e.name());
            text(at + ".provider", step, r, TextLimit.NAME, e.provider());
            localized(at + ".purpose", step, r, TextLimit.TEXT, e.purpose());
            localized(at + ".lifetime", step, r, TextLimit.NAME, e.lifetime());
        }
        localized(path + ".description", step, r, TextLimit.TEXT, c.description());
    }

    private void localized(String path, NoticeStep step, Register r, TextLimit limit, LocalizedText text) {
        text(path + ".fi", step, r, limit, text.fi());
        text(path + ".sv", step, r, limit, text.sv());
        text(path + ".en", step, r, limit, text.en());
    }

    private void nullableText(String path, NoticeStep step, Register r, TextLimit limit, String value) {
        if (value != null) {
            text(path, step, r, limit, value);
        }
    }

    private void text(String path, NoticeStep step, Register r, TextLimit limit, String value) {
        visitor.text(path, step, r, limit, value);
    }
}
