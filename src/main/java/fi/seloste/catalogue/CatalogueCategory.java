package fi.seloste.catalogue;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.SpecialCategory;

/** A category of personal data defined once in register-templates.json; specialCategory is null for ordinary data. */
public record CatalogueCategory(String key, LocalizedText label, SpecialCategory specialCategory) {

    public CatalogueCategory {
        Require.key(key, "data category key");
        Require.localized(label, "data category " + key + ": label");
    }
}
