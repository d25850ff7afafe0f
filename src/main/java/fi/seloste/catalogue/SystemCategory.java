package fi.seloste.catalogue;

/** What a catalogue system is for, so the wizard can group its checklist. */
public enum SystemCategory {
    CRM,
    ACCOUNTING,
    PAYROLL,
    BANKING_AND_BILLING,
    PAYMENTS,
    BOOKING,
    PATIENT_RECORDS,
    EMAIL,
    OFFICE_AND_FILES,
    HOSTING,
    WEB_SHOP,
    SHIPPING,
    WEBSITE,
    ANALYTICS,
    ADVERTISING,
    NEWSLETTER,
    VIDEO_MEETINGS,
    MESSAGING,
    STATUTORY
}
