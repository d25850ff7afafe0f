package fi.seloste.store;

import static fi.seloste.store.generated.Tables.CONTROLLER;
import static fi.seloste.store.generated.Tables.NOTICE_SETTINGS;
import static fi.seloste.store.generated.Tables.PRIVACY_CONTACT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.store.generated.tables.records.ControllerRecord;
import fi.seloste.store.generated.tables.records.NoticeSettingsRecord;
import fi.seloste.store.generated.tables.records.PrivacyContactRecord;

import org.jooq.DSLContext;

/** The one-row tables: controller, privacy contacts and notice settings. */
final class ControllerRows {

    static final String CONTACT = "CONTACT";
    static final String DPO = "DPO";

    private static final LocalizedColumns INTRODUCTION = new LocalizedColumns(
            NOTICE_SETTINGS.INTRODUCTION_FI, NOTICE_SETTINGS.INTRODUCTION_SV, NOTICE_SETTINGS.INTRODUCTION_EN);
    private static final LocalizedColumns RIGHTS_INSTRUCTIONS = new LocalizedColumns(
            NOTICE_SETTINGS.RIGHTS_INSTRUCTIONS_FI, NOTICE_SETTINGS.RIGHTS_INSTRUCTIONS_SV, NOTICE_SETTINGS.RIGHTS_INSTRUCTIONS_EN);

    private static final LocalizedColumns TITLE =
            new LocalizedColumns(PRIVACY_CONTACT.TITLE_FI, PRIVACY_CONTACT.TITLE_SV, PRIVACY_CONTACT.TITLE_EN);

    private ControllerRows() {
    }

    static Controller readController(DSLContext db) {
        ControllerRecord row = db.fetchSingle(CONTROLLER);
        return new Controller(row.getName(), row.getBusinessId(),
                new PostalAddress(row.getStreetAddress(), row.getPostalCode(), row.getTown()),
                row.getPhone(), row.getEmail(), row.getWebsite());
    }

    static void writeController(DSLContext db, Controller controller) {
        ControllerRecord row = db.fetchSingle(CONTROLLER);
        row.setName(controller.name());
        row.setBusinessId(controller.businessId());
        row.setStreetAddress(controller.address().street());
        row.setPostalCode(controller.address().postalCode());
        row.setTown(controller.address().town());
        row.setPhone(controller.phone());
        row.setEmail(controller.email());
        row.setWebsite(controller.website());
        row.store();
    }

    /** The contact of the given role, or null when there is none. */
    static Person readContact(DSLContext db, String role) {
        PrivacyContactRecord row = db.fetchOne(PRIVACY_CONTACT, PRIVACY_CONTACT.ROLE.eq(role));
        if (row == null) {
            return null;
        }
        return new Person(row.getName(), TITLE.read(row), row.getEmail(), row.getPhone(),
                new PostalAddress(row.getStreetAddress(), row.getPostalCode(), row.getTown()));
    }

    /** Stores the contact of the given role; null removes it. */
    static void writeContact(DSLContext db, String role, Person person) {
        if (person == null) {
            db.deleteFrom(PRIVACY_CONTACT).where(PRIVACY_CONTACT.ROLE.eq(role)).execute();
            return;
        }
        PrivacyContactRecord row = db.newRecord(PRIVACY_CONTACT);
        row.setRole(role);
        row.setName(person.name());
        TITLE.write(row, person.title());
        row.setEmail(person.email());
        row.setPhone(person.phone());
        row.setStreetAddress(person.address().street());
        row.setPostalCode(person.address().postalCode());
        row.setTown(person.address().town());
        db.insertInto(PRIVACY_CONTACT).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    static NoticeSettings readSettings(DSLContext db) {
        NoticeSettingsRecord row = db.fetchSingle(NOTICE_SETTINGS);
        Set<Language> languages = Arrays.stream(row.getLanguages().split(","))
                .filter(tag -> !tag.isBlank())
                .map(Language::fromTag)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
        return new NoticeSettings(languages, row.getNextReview(), INTRODUCTION.read(row), RIGHTS_INSTRUCTIONS.read(row),
                row.getDrawnUp(), row.getLastUpdated());
    }

    static void writeSettings(DSLContext db, NoticeSettings settings) {
        NoticeSettingsRecord row = db.fetchSingle(NOTICE_SETTINGS);
        row.setLanguages(settings.languages().stream().map(Language::tag).collect(Collectors.joining(",")));
        row.setNextReview(settings.nextReview());
        row.setDrawnUp(settings.drawnUp());
        row.setLastUpdated(settings.lastUpdated());
        INTRODUCTION.write(row, settings.introduction());
        RIGHTS_INSTRUCTIONS.write(row, settings.rightsInstructions());
        row.store();
    }
}
