package fi.seloste.catalogue;

import java.time.LocalDate;
import java.util.Set;

import fi.seloste.domain.SystemUse;

/**
 * Newer catalogue facts for a system a notice uses: what the system says now, what it would say with the catalogue's
 * facts of checkedOn, and which facts differ. The owner applies them or keeps her own; either way the system then
 * records checkedOn, so the same facts are not offered again.
 */
public record FactsUpdate(SystemUse current, SystemUse proposed, LocalDate checkedOn, Set<CatalogueFact> changed) {

    public FactsUpdate {
        changed = Set.copyOf(changed);
    }

    /** The system with the catalogue's facts; the owner's name and use stay hers. */
    public SystemUse applied() {
        return proposed;
    }

    /** The system as the owner wrote it, marked as having seen the catalogue's facts of checkedOn. */
    public SystemUse kept() {
        return current.withFactsCheckedOn(checkedOn);
    }
}
