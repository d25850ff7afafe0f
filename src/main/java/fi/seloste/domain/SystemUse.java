package fi.seloste.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A system or service the business uses (HubSpot, Holvi, Vello…); registers name the ones holding their data by
 * key, which is unique within the notice and never changes once given (blank until the notice gives one). catalogId links to the built-in catalogue and is
 * null for a system the owner added herself. transfers lists the countries outside the EU/EEA the data goes to, each
 * with its safeguard; it is empty when the data stays in the EU/EEA.
 */
public record SystemUse(String key, String catalogId, String name, String vendor, LocalizedText usedFor, ProcessingRole role,
                        LocalizedText storageLocation, List<Transfer> transfers, String privacyUrl, LocalDate factsCheckedOn) {

    public SystemUse(String catalogId, String name, String vendor, LocalizedText usedFor, ProcessingRole role,
                     LocalizedText storageLocation, List<Transfer> transfers, String privacyUrl, LocalDate factsCheckedOn) {
        this("", catalogId, name, vendor, usedFor, role, storageLocation, transfers, privacyUrl, factsCheckedOn);
    }

    public SystemUse {
        key = Objects.requireNonNullElse(key, "");
        name = Objects.requireNonNullElse(name, "");
        vendor = Objects.requireNonNullElse(vendor, "");
        usedFor = Objects.requireNonNullElse(usedFor, LocalizedText.EMPTY);
        role = Objects.requireNonNullElse(role, ProcessingRole.PROCESSOR);
        storageLocation = Objects.requireNonNullElse(storageLocation, LocalizedText.EMPTY);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
        privacyUrl = Objects.requireNonNullElse(privacyUrl, "");
    }

    public SystemUse withKey(String value) {
        return new SystemUse(value, catalogId, name, vendor, usedFor, role, storageLocation, transfers, privacyUrl, factsCheckedOn);
    }

    /** The same system apart from its key: what tells two registers' copies of one system apart. */
    public boolean sameAs(SystemUse other) {
        return withKey("").equals(other.withKey(""));
    }

    public SystemUse withName(String value) {
        return new SystemUse(key, catalogId, value, vendor, usedFor, role, storageLocation, transfers, privacyUrl, factsCheckedOn);
    }

    public SystemUse withVendor(String value) {
        return new SystemUse(key, catalogId, name, value, usedFor, role, storageLocation, transfers, privacyUrl, factsCheckedOn);
    }

    public SystemUse withUsedFor(LocalizedText value) {
        return new SystemUse(key, catalogId, name, vendor, value, role, storageLocation, transfers, privacyUrl, factsCheckedOn);
    }

    public SystemUse withRole(ProcessingRole value) {
        return new SystemUse(key, catalogId, name, vendor, usedFor, value, storageLocation, transfers, privacyUrl, factsCheckedOn);
    }

    public SystemUse withStorageLocation(LocalizedText value) {
        return new SystemUse(key, catalogId, name, vendor, usedFor, role, value, transfers, privacyUrl, factsCheckedOn);
    }

    public SystemUse withTransfers(List<Transfer> value) {
        return new SystemUse(key, catalogId, name, vendor, usedFor, role, storageLocation, value, privacyUrl, factsCheckedOn);
    }

    public SystemUse withPrivacyUrl(String value) {
        return new SystemUse(key, catalogId, name, vendor, usedFor, role, storageLocation, transfers, value, factsCheckedOn);
    }

    public SystemUse withFactsCheckedOn(LocalDate value) {
        return new SystemUse(key, catalogId, name, vendor, usedFor, role, storageLocation, transfers, privacyUrl, value);
    }
}
