package fi.seloste.domain;

/**
 * The part a system plays for the register. PROCESSOR: a vendor processes data on our behalf (Art. 28).
 * SEPARATE_CONTROLLER: the vendor controls the data itself (payment services). JOINT_CONTROLLER: Art. 26.
 * IN_HOUSE: software we run ourselves on our own premises, no vendor sees the data. PAPER_FILES: paper records.
 * HEALTH_RECORDS_ARCHIVE: the Kanta Services' Patient Data Repository, where the provider stays the controller
 * and Kela maintains the service by law (703/2023). RECIPIENT: written by an older Seloste, role not said yet.
 */
public enum ProcessingRole {
    PROCESSOR,
    SEPARATE_CONTROLLER,
    JOINT_CONTROLLER,
    IN_HOUSE,
    PAPER_FILES,
    HEALTH_RECORDS_ARCHIVE,
    RECIPIENT;

    /** Whether an outside party sees the data, so the notice names it among recipients. */
    public boolean hasOutsideParty() {
        return this != IN_HOUSE && this != PAPER_FILES;
    }
}
