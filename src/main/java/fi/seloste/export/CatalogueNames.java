package fi.seloste.export;

import java.util.Optional;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.SystemUse;

/**
 * Names from Seloste's own catalogue in the notice's language, so that a Swedish or English notice does not print
 * "Tulorekisteri", "Kansaneläkelaitos" or "Yhdysvallat". Only a name the owner left as the catalogue gave it is translated; one
 * she typed or changed is printed as she wrote it.
 */
public final class CatalogueNames {

    private CatalogueNames() {
    }

    public static String name(SystemUse system, Language language) {
        return entry(system.catalogId()).filter(e -> e.name().equals(system.name()))
                .map(e -> e.name(language)).orElse(system.name());
    }

    public static String vendor(SystemUse system, Language language) {
        return entry(system.catalogId()).filter(e -> e.vendor().equals(system.vendor()))
                .map(e -> e.vendor(language)).orElse(system.vendor());
    }

    /** Where the data is kept, in the catalogue's words for the language while the owner left them as it gave them. */
    public static String storage(SystemUse system, Language language) {
        return entry(system.catalogId()).filter(e -> e.storageLocation().fi().equals(system.storageLocation()))
                .map(e -> e.storageLocation().in(language)).orElse(system.storageLocation());
    }

    /** A recipient added from the catalogue (the incomes register) keeps the catalogue's Finnish name. */
    public static String name(Recipient recipient, Language language) {
        return Catalogues.systems().stream().filter(e -> e.statutory() && e.name().equals(recipient.name()))
                .findFirst().map(e -> e.name(language)).orElse(recipient.name());
    }

    private static Optional<CatalogueSystem> entry(String catalogId) {
        return Catalogues.system(catalogId);
    }
}
