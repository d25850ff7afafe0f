package fi.seloste.export;

import java.util.Optional;
import java.util.stream.Stream;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
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

    /**
     * Where the data is kept: the owner's text in the language; where she has none, the catalogue's words for the
     * language while her Finnish text is the catalogue's (a system added before the location was translatable has
     * only that), else her Finnish text.
     */
    public static String storage(SystemUse system, Language language) {
        LocalizedText typed = system.storageLocation();
        if (!typed.isBlankIn(language)) {
            return typed.in(language);
        }
        return entry(system.catalogId()).flatMap(e -> Stream.of(e.storageLocation(), euStorage(e))
                        .filter(t -> t != null && t.fi().equals(typed.fi())).findFirst())
                .map(t -> t.in(language)).orElse(typed.fi());
    }

    /**
     * The recipient's name in the language; where the owner wrote none, the catalogue's name while her Finnish name
     * is a statutory recipient's from the catalogue (the incomes register, added before names were translatable),
     * else her Finnish name.
     */
    public static String name(Recipient recipient, Language language) {
        LocalizedText typed = recipient.name();
        if (!typed.isBlankIn(language)) {
            return typed.in(language);
        }
        return Catalogues.systems().stream().filter(e -> e.statutory() && e.name().equals(typed.fi()))
                .findFirst().map(e -> e.name(language)).orElse(typed.fi());
    }

    private static LocalizedText euStorage(CatalogueSystem entry) {
        return entry.euDataRegion() == null ? null : entry.euDataRegion().storageLocation();
    }

    private static Optional<CatalogueSystem> entry(String catalogId) {
        return Catalogues.system(catalogId);
    }
}
