package fi.seloste.oldnotice;

/** The parts of a Finnish notice, as its headings name them; NONE before the first heading. */
public enum NoticeSection {
    NONE, CONTROLLER, CONTACT, DATA_PROTECTION_OFFICER, REGISTER_NAME, PURPOSE, SUBJECTS, CONTENT, SOURCES,
    DISCLOSURES, TRANSFERS, SYSTEMS, RETENTION, SECURITY, COOKIES, AUTOMATED_DECISIONS, RIGHTS,
    /** A heading Seloste knows that has no field of its own (Lainsäädäntö, IP-tiedot, Muutokset). */
    OTHER
}
