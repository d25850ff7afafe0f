package fi.seloste.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One field of the wizard, named by what stays put while the owner works: the field, the register's id for a
 * register's field (never its place in the list of registers), and for an item of a list the item's own key where
 * the domain has one (a source's kind, a security measure, a system's key) or else its place in its register's list
 * ({@code "0"} for the first purpose). Used for the values taken from an old notice that the owner has yet to check
 * ({@link FromOldNotice}).
 */
public record PlacedFieldKey(Field field, Long registerId, String item) {

    /** The fields a value from an old notice can go in, each with the step that shows it. */
    public enum Field {
        CONTROLLER_NAME(NoticeStep.CONTROLLER), CONTROLLER_BUSINESS_ID(NoticeStep.CONTROLLER),
        CONTROLLER_STREET(NoticeStep.CONTROLLER), CONTROLLER_POSTAL_CODE(NoticeStep.CONTROLLER),
        CONTROLLER_TOWN(NoticeStep.CONTROLLER), CONTROLLER_EMAIL(NoticeStep.CONTROLLER),
        CONTROLLER_PHONE(NoticeStep.CONTROLLER), CONTROLLER_WEBSITE(NoticeStep.CONTROLLER),
        CONTACT_NAME(NoticeStep.CONTACT), CONTACT_TITLE(NoticeStep.CONTACT), CONTACT_EMAIL(NoticeStep.CONTACT),
        CONTACT_PHONE(NoticeStep.CONTACT), CONTACT_STREET(NoticeStep.CONTACT), CONTACT_POSTAL_CODE(NoticeStep.CONTACT),
        CONTACT_TOWN(NoticeStep.CONTACT),
        DPO_NAME(NoticeStep.CONTACT), DPO_EMAIL(NoticeStep.CONTACT), DPO_PHONE(NoticeStep.CONTACT),
        /** The register's name and description are on the registers step, which lists every register. */
        REGISTER_NAME(NoticeStep.REGISTERS, true), REGISTER_DESCRIPTION(NoticeStep.REGISTERS, true),
        PURPOSE_DESCRIPTION(NoticeStep.PURPOSES, true), PURPOSE_BASIS(NoticeStep.PURPOSES, true),
        PROVISION_CONSEQUENCE(NoticeStep.PURPOSES, true),
        DATA_SUBJECT(NoticeStep.DATA, true), DATA_CATEGORY(NoticeStep.DATA, true),
        SOURCE(NoticeStep.SOURCES, true),
        SYSTEM(NoticeStep.SYSTEMS),
        RECIPIENT(NoticeStep.RECIPIENTS, true),
        /** A country a recipient gets the data in; the item is the recipient's place, the value the country's code. */
        RECIPIENT_TRANSFER(NoticeStep.RECIPIENTS, true),
        TRANSFERS_OUTSIDE_EEA(NoticeStep.RECIPIENTS, true),
        OTHER_DISCLOSURES(NoticeStep.RECIPIENTS, true),
        RETENTION(NoticeStep.RETENTION, true),
        SECURITY_MEASURE(NoticeStep.SECURITY), SECURITY_PAPER_TEXT(NoticeStep.SECURITY),
        SECURITY_ELECTRONIC_TEXT(NoticeStep.SECURITY), SECURITY_ORGANISATIONAL_TEXT(NoticeStep.SECURITY),
        COOKIES_USED(NoticeStep.COOKIES_AND_AUTOMATION), COOKIES_DESCRIPTION(NoticeStep.COOKIES_AND_AUTOMATION),
        /** A row of the cookie inventory, by its place: the cookie's name, its category, its lifetime. */
        COOKIE_NAME(NoticeStep.COOKIES_AND_AUTOMATION), COOKIE_CATEGORY(NoticeStep.COOKIES_AND_AUTOMATION),
        COOKIE_LIFETIME(NoticeStep.COOKIES_AND_AUTOMATION),
        AUTOMATED_DECISIONS(NoticeStep.COOKIES_AND_AUTOMATION, true), PROFILING(NoticeStep.COOKIES_AND_AUTOMATION, true),
        RIGHTS_INSTRUCTIONS(NoticeStep.RIGHTS);

        private final NoticeStep step;
        private final boolean perRegister;

        Field(NoticeStep step) {
            this(step, false);
        }

        Field(NoticeStep step, boolean perRegister) {
            this.step = step;
            this.perRegister = perRegister;
        }

        public NoticeStep step() {
            return step;
        }

        /** A field of one register, whose key names the register. */
        public boolean perRegister() {
            return perRegister;
        }
    }

    public PlacedFieldKey {
        Objects.requireNonNull(field, "field");
        item = item == null ? "" : item;
        if (field.perRegister() != (registerId != null)) {
            throw new IllegalArgumentException(field + (field.perRegister() ? " needs a register" : " is the business's"));
        }
    }

    /** A field said once for the business (the controller's name, a security measure). */
    public static PlacedFieldKey of(Field field) {
        return new PlacedFieldKey(field, null, "");
    }

    public static PlacedFieldKey of(Field field, String item) {
        return new PlacedFieldKey(field, null, item);
    }

    /** A field of one register. */
    public static PlacedFieldKey ofRegister(Field field, long registerId) {
        return new PlacedFieldKey(field, registerId, "");
    }

    /** An item of a register's list: by its own key, or its place in the list. */
    public static PlacedFieldKey ofRegister(Field field, long registerId, String item) {
        return new PlacedFieldKey(field, registerId, item);
    }

    /** The item's place in its list, for the fields whose items have no key of their own; -1 when it is not a place. */
    public int index() {
        try {
            return item.isEmpty() ? -1 : Integer.parseInt(item);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A stable name for ids and logs: {@code purpose-description-1-0}, {@code controller-name}. */
    public String id() {
        StringBuilder id = new StringBuilder(field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (registerId != null) {
            id.append('-').append(registerId);
        }
        if (!item.isEmpty()) {
            id.append('-').append(item.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        }
        return id.toString();
    }
}
