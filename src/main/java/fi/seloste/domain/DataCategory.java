package fi.seloste.domain;

import java.util.Objects;

/**
 * A category of personal data (tietosisältö). A special category (Art. 9) also needs its Art. 9(2) condition;
 * both are null for ordinary data. catalogKey is null for the owner's own entries. optional marks data collected
 * only sometimes or given voluntarily ("osoite (mahdollisesti)").
 */
public record DataCategory(String catalogKey, LocalizedText label, SpecialCategory specialCategory,
                           Article9Condition article9Condition, boolean optional) {

    /** Catalogue key of the Finnish personal identity code (henkilötunnus). */
    public static final String PERSONAL_IDENTITY_CODE = "personal-identity-code";

    public DataCategory {
        label = Objects.requireNonNullElse(label, LocalizedText.EMPTY);
    }

    /** A category that is always collected. */
    public DataCategory(String catalogKey, LocalizedText label, SpecialCategory specialCategory,
                        Article9Condition article9Condition) {
        this(catalogKey, label, specialCategory, article9Condition, false);
    }

    public DataCategory withOptional(boolean value) {
        return new DataCategory(catalogKey, label, specialCategory, article9Condition, value);
    }

    public DataCategory withArticle9Condition(Article9Condition value) {
        return new DataCategory(catalogKey, label, specialCategory, value, optional);
    }

    public static DataCategory ordinary(String catalogKey, LocalizedText label) {
        return new DataCategory(catalogKey, label, null, null);
    }

    public boolean isSpecial() {
        return specialCategory != null;
    }
}
