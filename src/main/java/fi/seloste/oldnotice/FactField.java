package fi.seloste.oldnotice;

/**
 * Where a fact read from an old notice goes in the new draft. The value of a fact is the text's own words for the
 * text fields, and for the others: the {@code LegalBasis}, {@code SourceKind}, {@code SecurityMeasure} or
 * {@code Answer} constant's name, a catalogue system's id, or a {@link RetentionValue}.
 */
public enum FactField {
    CONTROLLER_NAME(true), CONTROLLER_BUSINESS_ID(true), CONTROLLER_STREET(true), CONTROLLER_POSTAL_CODE(true),
    CONTROLLER_TOWN(true), CONTROLLER_EMAIL(true), CONTROLLER_PHONE(true), CONTROLLER_WEBSITE(true),
    CONTACT_NAME(true), CONTACT_ROLE(true), CONTACT_EMAIL(true), CONTACT_PHONE(true), CONTACT_STREET(true),
    CONTACT_POSTAL_CODE(true), CONTACT_TOWN(true),
    DPO_NAME(true), DPO_EMAIL(true), DPO_PHONE(true),
    REGISTER_NAME(true),
    PURPOSE(false),
    LEGAL_BASIS(false),
    DATA_SUBJECT(false),
    DATA_CATEGORY(false),
    /** A data category collected only sometimes ("osoite (mahdollisesti)"); its value is the category's. */
    DATA_CATEGORY_OPTIONAL(false),
    SOURCE(false),
    SYSTEM(false),
    RETENTION(false),
    SECURITY_MEASURE(false),
    /** A recipient of a disclosure, by the name the text gives it ("Verohallinnolle" gives Verohallinto). */
    RECIPIENT(false),
    /** A country outside the EU/EEA a recipient gets the data in: "recipient|CODE", or "recipient|CODE|SAFEGUARD" when the text names the safeguard. */
    RECIPIENT_TRANSFER(false),
    TRANSFERS_OUTSIDE_EEA(true),
    OTHER_DISCLOSURES(true),
    COOKIES_USED(true),
    /** A cookie the text names ("_ga"). */
    COOKIE(false),
    /** The category the text gives a named cookie: "name|CATEGORY". */
    COOKIE_CATEGORY(false),
    /** The lifetime the text gives a named cookie, in its words: "name|2 vuotta". */
    COOKIE_LIFETIME(false),
    AUTOMATED_DECISIONS(true),
    PROFILING(true);

    private final boolean single;

    FactField(boolean single) {
        this.single = single;
    }

    /** A field that holds one value: the first the text gives is placed, a later one is not. */
    public boolean single() {
        return single;
    }

    /** A field of one register (its systems too: each register holds the data of the systems its part names). */
    public boolean perRegister() {
        return switch (this) {
            case REGISTER_NAME, PURPOSE, LEGAL_BASIS, DATA_SUBJECT, DATA_CATEGORY, DATA_CATEGORY_OPTIONAL, SOURCE, SYSTEM,
                 RETENTION, RECIPIENT, RECIPIENT_TRANSFER, TRANSFERS_OUTSIDE_EEA, OTHER_DISCLOSURES, AUTOMATED_DECISIONS,
                 PROFILING -> true;
            default -> false;
        };
    }

    /** Whether the value is the text's own words rather than the name of a choice. */
    public boolean isText() {
        return switch (this) {
            case LEGAL_BASIS, SOURCE, SYSTEM, RETENTION, SECURITY_MEASURE, TRANSFERS_OUTSIDE_EEA, OTHER_DISCLOSURES,
                 COOKIES_USED, AUTOMATED_DECISIONS, PROFILING, RECIPIENT, RECIPIENT_TRANSFER, COOKIE_CATEGORY,
                 COOKIE_LIFETIME -> false;
            default -> true;
        };
    }
}
