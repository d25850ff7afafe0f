package fi.seloste.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;

/**
 * Which systems of a notice took catalogue facts older than this Seloste's catalogue, and what changed (issue 12).
 * A system remembers the facts it took by its catalogId and factsCheckedOn; an entry whose facts change gets a later
 * factsCheckedOn (docs/catalogue.md, and a test keeps the two together). Only facts that differ from what the
 * notice says now are offered. A choice the catalogue itself allows is not undone: a role from the entry's
 * otherRoles, or the storage and transfers of its EU data region.
 */
public final class CatalogueUpdates {

    /** An update for the business's system at index of its systems, and the registers that use that system. */
    public record Located(List<Register> registers, int index, FactsUpdate update) {
    }

    private CatalogueUpdates() {
    }

    public static List<Located> of(Notice notice) {
        List<Located> found = new ArrayList<>();
        for (int i = 0; i < notice.systems().size(); i++) {
            int index = i;
            SystemUse system = notice.systems().get(i);
            of(system).ifPresent(u -> found.add(new Located(notice.registersUsing(system), index, u)));
        }
        return found;
    }

    public static Optional<FactsUpdate> of(SystemUse system) {
        return Catalogues.system(system.catalogId()).flatMap(entry -> of(system, entry));
    }

    static Optional<FactsUpdate> of(SystemUse system, CatalogueSystem entry) {
        if (system.factsCheckedOn() != null && !entry.factsCheckedOn().isAfter(system.factsCheckedOn())) {
            return Optional.empty();
        }
        boolean inEuRegion = entry.euDataRegion() != null
                && entry.euDataRegion().storageLocation().fi().equals(system.storageLocation().fi());
        LocalizedText storage = inEuRegion ? entry.euDataRegion().storageLocation() : entry.storageLocation();
        List<Transfer> transfers = inEuRegion ? entry.euDataRegion().transfers() : entry.transfers();
        boolean otherRoleChosen = entry.otherRoles().stream().anyMatch(o -> o.role() == system.role());
        SystemUse proposed = new SystemUse(system.catalogId(), system.name(),
                entry.needsHostingProvider() ? system.vendor() : entry.vendor(), system.usedFor(),
                otherRoleChosen ? system.role() : entry.role(), storage, transfers, entry.privacyUrl(),
                entry.factsCheckedOn());
        Set<CatalogueFact> changed = EnumSet.noneOf(CatalogueFact.class);
        differs(changed, CatalogueFact.VENDOR, system.vendor(), proposed.vendor());
        differs(changed, CatalogueFact.ROLE, system.role(), proposed.role());
        differs(changed, CatalogueFact.STORAGE, system.storageLocation().fi(), proposed.storageLocation().fi());
        differs(changed, CatalogueFact.TRANSFERS, system.transfers(), proposed.transfers());
        differs(changed, CatalogueFact.PRIVACY_URL, system.privacyUrl(), proposed.privacyUrl());
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new FactsUpdate(system, proposed, entry.factsCheckedOn(), changed));
    }

    private static void differs(Set<CatalogueFact> changed, CatalogueFact fact, Object now, Object catalogue) {
        if (!Objects.equals(now, catalogue)) {
            changed.add(fact);
        }
    }
}
