package fi.seloste.domain;

/** The wizard's steps, in the order Finnish notices present their sections. Findings point at the step to fix. */
public enum NoticeStep {
    CONTROLLER,
    CONTACT,
    REGISTERS,
    PURPOSES,
    DATA,
    SOURCES,
    SYSTEMS,
    RECIPIENTS,
    RETENTION,
    SECURITY,
    COOKIES_AND_AUTOMATION,
    RIGHTS,
    REVIEW
}
