package fi.seloste.catalogue;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.SpecialCategory;

/**
 * A data category a template offers on its checklist. A special category comes with the Art. 9(2) condition that
 * usually allows it in this kind of register; both are null for ordinary data.
 */
public record CategoryOption(String key, LocalizedText label, SpecialCategory specialCategory,
                             Article9Condition article9Condition, boolean preselected) {

    public CategoryOption {
        Require.key(key, "category option key");
        Require.localized(label, "category option " + key + ": label");
        Require.that((specialCategory == null) == (article9Condition == null),
                "category option " + key + ": a special category needs an Art. 9(2) condition, and only it");
    }

    static CategoryOption of(CatalogueCategory category, CategoryReference reference) {
        return new CategoryOption(category.key(), category.label(), category.specialCategory(),
                reference.article9Condition(), reference.preselected());
    }

    public DataCategory toDataCategory() {
        return new DataCategory(key, label, specialCategory, article9Condition);
    }
}
