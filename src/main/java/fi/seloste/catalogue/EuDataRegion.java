package fi.seloste.catalogue;

import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Transfer;

/** An EU data region a vendor offers on some plans or settings: storage and transfers for an owner who uses it. */
public record EuDataRegion(LocalizedText when, LocalizedText storageLocation, List<Transfer> transfers) {

    public EuDataRegion {
        Require.localized(when, "euDataRegion when");
        Require.localized(storageLocation, "euDataRegion storageLocation");
        transfers = Require.list(transfers, "euDataRegion transfers");
    }
}
