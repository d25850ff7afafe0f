package fi.seloste.store;

import static fi.seloste.store.generated.Tables.BUSINESS_COOKIE;
import static fi.seloste.store.generated.Tables.BUSINESS_COOKIES;
import static fi.seloste.store.generated.Tables.BUSINESS_SECURITY;
import static fi.seloste.store.generated.Tables.BUSINESS_SECURITY_MEASURE;
import static fi.seloste.store.generated.Tables.MERGE_NOTE;
import static fi.seloste.store.generated.Tables.REGISTER;
import static fi.seloste.store.generated.Tables.REGISTER_SYSTEM;
import static fi.seloste.store.generated.Tables.SHARED_SYSTEM;
import static fi.seloste.store.generated.Tables.SHARED_SYSTEM_TRANSFER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.seloste.domain.Answer;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.MergeNote;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Register;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SharedSection;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.store.generated.tables.records.BusinessCookieRecord;
import fi.seloste.store.generated.tables.records.BusinessCookiesRecord;
import fi.seloste.store.generated.tables.records.BusinessSecurityRecord;
import fi.seloste.store.generated.tables.records.MergeNoteRecord;
import fi.seloste.store.generated.tables.records.SharedSystemRecord;

import org.jooq.DSLContext;
import org.jooq.TableRecord;

/** The business's shared sections (format 10): its systems and which registers use them, security, cookies. */
final class SharedRows {

    private static final LocalizedColumns USED_FOR =
            new LocalizedColumns(SHARED_SYSTEM.USED_FOR_FI, SHARED_SYSTEM.USED_FOR_SV, SHARED_SYSTEM.USED_FOR_EN);
    private static final LocalizedColumns STORAGE = new LocalizedColumns(
            SHARED_SYSTEM.STORAGE_LOCATION_FI, SHARED_SYSTEM.STORAGE_LOCATION_SV, SHARED_SYSTEM.STORAGE_LOCATION_EN);
    private static final LocalizedColumns PAPER = new LocalizedColumns(
            BUSINESS_SECURITY.PAPER_FI, BUSINESS_SECURITY.PAPER_SV, BUSINESS_SECURITY.PAPER_EN);
    private static final LocalizedColumns ELECTRONIC = new LocalizedColumns(
            BUSINESS_SECURITY.ELECTRONIC_FI, BUSINESS_SECURITY.ELECTRONIC_SV, BUSINESS_SECURITY.ELECTRONIC_EN);
    private static final LocalizedColumns ORGANISATIONAL = new LocalizedColumns(
            BUSINESS_SECURITY.ORGANISATIONAL_FI, BUSINESS_SECURITY.ORGANISATIONAL_SV, BUSINESS_SECURITY.ORGANISATIONAL_EN);
    private static final LocalizedColumns COOKIES_TEXT = new LocalizedColumns(
            BUSINESS_COOKIES.TEXT_FI, BUSINESS_COOKIES.TEXT_SV, BUSINESS_COOKIES.TEXT_EN);
    private static final LocalizedColumns COOKIE_PURPOSE = new LocalizedColumns(
            BUSINESS_COOKIE.PURPOSE_FI, BUSINESS_COOKIE.PURPOSE_SV, BUSINESS_COOKIE.PURPOSE_EN);
    private static final LocalizedColumns COOKIE_LIFETIME = new LocalizedColumns(
            BUSINESS_COOKIE.LIFETIME_FI, BUSINESS_COOKIE.LIFETIME_SV, BUSINESS_COOKIE.LIFETIME_EN);

    private SharedRows() {
    }

    /** The notice's registers with its shared sections as the file holds them. */
    static Notice read(DSLContext db, Notice withRegisters) {
        return new Notice(withRegisters.controller(), withRegisters.contactPerson(), withRegisters.dataProtectionOfficer(),
                withRegisters.settings(), withRegisters.registers(), systems(db), security(db), cookies(db), notes(db));
    }

    /** Which shared systems each register uses, by register id, in the order of the systems. */
    static Map<Long, List<String>> systemKeysByRegister(DSLContext db) {
        return db.select(REGISTER_SYSTEM.REGISTER_ID, REGISTER_SYSTEM.SYSTEM_KEY)
                .from(REGISTER_SYSTEM).join(SHARED_SYSTEM).on(SHARED_SYSTEM.SYSTEM_KEY.eq(REGISTER_SYSTEM.SYSTEM_KEY))
                .orderBy(REGISTER_SYSTEM.REGISTER_ID, SHARED_SYSTEM.POSITION, SHARED_SYSTEM.SYSTEM_KEY)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), LinkedHashMap::new,
                        Collectors.mapping(r -> r.value2(), Collectors.toList())));
    }

    private static List<SystemUse> systems(DSLContext db) {
        Map<String, List<Transfer>> transfers = db.selectFrom(SHARED_SYSTEM_TRANSFER)
                .orderBy(SHARED_SYSTEM_TRANSFER.SYSTEM_KEY, SHARED_SYSTEM_TRANSFER.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(t -> t.getSystemKey(), Collectors.mapping(
                        t -> new Transfer(t.getCountry(), TransferSafeguard.valueOf(t.getSafeguard())), Collectors.toList())));
        return db.selectFrom(SHARED_SYSTEM).orderBy(SHARED_SYSTEM.POSITION, SHARED_SYSTEM.SYSTEM_KEY).fetch().stream()
                .map(row -> new SystemUse(row.getSystemKey(), row.getCatalogId(), row.getName(), row.getVendor(),
                        USED_FOR.read(row), ProcessingRole.valueOf(row.getProcessingRole()), STORAGE.read(row),
                        Transfer.normalized(transfers.getOrDefault(row.getSystemKey(), List.of())), row.getPrivacyUrl(),
                        row.getFactsCheckedOn()))
                .toList();
    }

    private static Security security(DSLContext db) {
        Set<SecurityMeasure> measures = EnumSet.noneOf(SecurityMeasure.class);
        db.selectFrom(BUSINESS_SECURITY_MEASURE).fetch().forEach(m -> measures.add(SecurityMeasure.valueOf(m.getMeasure())));
        BusinessSecurityRecord row = db.fetchOne(BUSINESS_SECURITY, BUSINESS_SECURITY.ID.eq(1));
        return row == null ? Security.NONE.withMeasures(measures)
                : new Security(measures, PAPER.read(row), ELECTRONIC.read(row), ORGANISATIONAL.read(row));
    }

    private static Cookies cookies(DSLContext db) {
        List<CookieEntry> inventory = db.selectFrom(BUSINESS_COOKIE).orderBy(BUSINESS_COOKIE.POSITION).fetch().stream()
                .map(c -> new CookieEntry(c.getName(), c.getProvider(), COOKIE_PURPOSE.read(c),
                        CookieCategory.valueOf(c.getCategory()), COOKIE_LIFETIME.read(c)))
                .toList();
        BusinessCookiesRecord row = db.fetchOne(BUSINESS_COOKIES, BUSINESS_COOKIES.ID.eq(1));
        return row == null ? Cookies.NONE.withInventory(inventory)
                : new Cookies(Answer.valueOf(row.getCookiesAnswer()), inventory,
                        CookieConsent.valueOf(row.getCookieConsent()), COOKIES_TEXT.read(row));
    }

    private static List<MergeNote> notes(DSLContext db) {
        Map<SharedSection, List<String>> names = new EnumMap<>(SharedSection.class);
        db.selectFrom(MERGE_NOTE).orderBy(MERGE_NOTE.SECTION, MERGE_NOTE.POSITION).fetch()
                .forEach(n -> names.computeIfAbsent(SharedSection.valueOf(n.getSection()), s -> new ArrayList<>())
                        .add(n.getRegisterName()));
        return names.entrySet().stream().map(e -> new MergeNote(e.getKey(), e.getValue())).toList();
    }

    /** Replaces every shared section and which registers use which system with what the notice says. */
    static void replace(DSLContext db, Notice notice) {
        db.deleteFrom(REGISTER_SYSTEM).execute();
        db.deleteFrom(SHARED_SYSTEM_TRANSFER).execute();
        db.deleteFrom(SHARED_SYSTEM).execute();
        db.deleteFrom(BUSINESS_SECURITY_MEASURE).execute();
        db.deleteFrom(BUSINESS_COOKIE).execute();
        db.deleteFrom(MERGE_NOTE).execute();
        List<TableRecord<?>> rows = new ArrayList<>();
        long position = 0;
        for (SystemUse s : notice.systems()) {
            SharedSystemRecord row = db.newRecord(SHARED_SYSTEM);
            row.setSystemKey(s.key());
            row.setPosition(++position);
            row.setCatalogId(s.catalogId());
            row.setName(s.name());
            row.setVendor(s.vendor());
            row.setProcessingRole(s.role().name());
            USED_FOR.write(row, s.usedFor());
            STORAGE.write(row, s.storageLocation());
            row.setPrivacyUrl(s.privacyUrl());
            row.setFactsCheckedOn(s.factsCheckedOn());
            rows.add(row);
            int at = 0;
            for (Transfer t : s.transfers()) {
                var transfer = db.newRecord(SHARED_SYSTEM_TRANSFER);
                transfer.setSystemKey(s.key());
                transfer.setPosition(++at);
                transfer.setCountry(t.country());
                transfer.setSafeguard(t.safeguard().name());
                rows.add(transfer);
            }
        }
        Set<Long> stored = new HashSet<>(db.select(REGISTER.ID).from(REGISTER).fetch(REGISTER.ID));
        Set<String> keys = new HashSet<>();
        notice.systems().forEach(s -> keys.add(s.key()));
        for (Register r : notice.registers()) {
            if (stored.contains(r.id())) {
                // A key no system has names nothing (as in replaceSystemKeys); linking it would break the file.
                r.systemKeys().stream().filter(keys::contains).forEach(key -> rows.add(link(db, r.id(), key)));
            }
        }
        for (SecurityMeasure m : notice.security().measures()) {
            var row = db.newRecord(BUSINESS_SECURITY_MEASURE);
            row.setMeasure(m.name());
            rows.add(row);
        }
        position = 0;
        for (CookieEntry c : notice.cookies().inventory()) {
            BusinessCookieRecord row = db.newRecord(BUSINESS_COOKIE);
            row.setPosition(++position);
            row.setName(c.name());
            row.setProvider(c.provider());
            COOKIE_PURPOSE.write(row, c.purpose());
            row.setCategory(c.category().name());
            COOKIE_LIFETIME.write(row, c.lifetime());
            rows.add(row);
        }
        for (MergeNote n : notice.mergeNotes()) {
            int at = 0;
            for (String name : n.registerNames()) {
                MergeNoteRecord row = db.newRecord(MERGE_NOTE);
                row.setSection(n.section().name());
                row.setPosition(++at);
                row.setRegisterName(name);
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            db.batchInsert(rows).execute();
        }
        writeSecurity(db, notice.security());
        writeCookies(db, notice.cookies());
    }

    /** Which systems the register uses, as it says; a key no shared system has yet is left to the next shared save. */
    static void replaceSystemKeys(DSLContext db, Register register) {
        db.deleteFrom(REGISTER_SYSTEM).where(REGISTER_SYSTEM.REGISTER_ID.eq(register.id())).execute();
        Set<String> known = new HashSet<>(db.select(SHARED_SYSTEM.SYSTEM_KEY).from(SHARED_SYSTEM).fetch(SHARED_SYSTEM.SYSTEM_KEY));
        List<TableRecord<?>> rows = register.systemKeys().stream().filter(known::contains)
                .<TableRecord<?>>map(key -> link(db, register.id(), key)).toList();
        if (!rows.isEmpty()) {
            db.batchInsert(rows).execute();
        }
    }

    private static TableRecord<?> link(DSLContext db, long registerId, String key) {
        var row = db.newRecord(REGISTER_SYSTEM);
        row.setRegisterId(registerId);
        row.setSystemKey(key);
        return row;
    }

    private static void writeSecurity(DSLContext db, Security security) {
        BusinessSecurityRecord row = db.fetchOne(BUSINESS_SECURITY, BUSINESS_SECURITY.ID.eq(1));
        if (row == null) {
            row = db.newRecord(BUSINESS_SECURITY);
            row.setId(1);
        }
        PAPER.write(row, security.paperText());
        ELECTRONIC.write(row, security.electronicText());
        ORGANISATIONAL.write(row, security.organisationalText());
        row.store();
    }

    private static void writeCookies(DSLContext db, Cookies cookies) {
        BusinessCookiesRecord row = db.fetchOne(BUSINESS_COOKIES, BUSINESS_COOKIES.ID.eq(1));
        if (row == null) {
            row = db.newRecord(BUSINESS_COOKIES);
            row.setId(1);
        }
        row.setCookiesAnswer(cookies.used().name());
        row.setCookieConsent(cookies.consent().name());
        COOKIES_TEXT.write(row, cookies.description());
        row.store();
    }
}
