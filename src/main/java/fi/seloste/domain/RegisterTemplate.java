package fi.seloste.domain;

/** The kind of register an owner started from; it decides the checklists the wizard offers. */
public enum RegisterTemplate {
    BLANK,
    CUSTOMERS,
    MARKETING_AND_NEWSLETTER,
    BOOKING_AND_PATIENTS,
    WEB_SHOP_ORDERS,
    JOB_APPLICANTS,
    EMPLOYEES
}
