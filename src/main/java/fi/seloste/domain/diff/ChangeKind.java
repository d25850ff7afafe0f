package fi.seloste.domain.diff;

/**
 * What changed between two versions. Fundamental changes (new purposes, recipients, systems or transfers outside the
 * EU/EEA) are the ones the transparency guidelines (WP260) say to announce before they take effect.
 */
public enum ChangeKind {
    CONTROLLER_CHANGED(false),
    CONTACT_CHANGED(false),
    DPO_CHANGED(false),
    REGISTER_ADDED(true),
    REGISTER_REMOVED(false),
    PURPOSE_ADDED(true),
    PURPOSE_REMOVED(false),
    DATA_ADDED(true),
    DATA_REMOVED(false),
    SOURCES_CHANGED(false),
    SYSTEM_ADDED(true),
    SYSTEM_REMOVED(false),
    RECIPIENT_ADDED(true),
    RECIPIENT_REMOVED(false),
    TRANSFER_ADDED(true),
    TRANSFER_REMOVED(false),
    RETENTION_CHANGED(false),
    SECURITY_CHANGED(false),
    COOKIES_CHANGED(false),
    AUTOMATED_DECISIONS_CHANGED(true),
    RIGHTS_TEXT_CHANGED(false),
    LANGUAGES_CHANGED(false);

    private final boolean fundamental;

    ChangeKind(boolean fundamental) {
        this.fundamental = fundamental;
    }

    public boolean fundamental() {
        return fundamental;
    }
}
