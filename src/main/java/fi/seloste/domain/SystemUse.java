package fi.seloste.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A system or service a register uses (HubSpot, Holvi, Vello…). catalogId links to the built-in catalogue and is
 * null for a system the owner added herself. transfer is null when data stays in the EU/EEA.
 */
public record SystemUse(String catalogId, String name, String vendor, LocalizedText usedFor, ProcessingRole role,
                        String storageLocation, Transfer transfer, String privacyUrl, LocalDate factsCheckedOn) {

    public SystemUse {
        name = Objects.requireNonNullElse(name, "");
        vendor = Objects.requireNonNullElse(vendor, "");
        usedFor = Objects.requireNonNullElse(usedFor, LocalizedText.EMPTY);
        role = Objects.requireNonNullElse(role, ProcessingRole.PROCESSOR);
        storageLocation = Objects.requireNonNullElse(storageLocation, "");
        privacyUrl = Objects.requireNonNullElse(privacyUrl, "");
    }
}
