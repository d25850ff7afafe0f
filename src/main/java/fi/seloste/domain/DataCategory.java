package fi.seloste.domain;

import java.util.Objects;

/**
 * A category of personal data (tietosisältö). A special category (Art. 9) also needs its Art. 9(2) condition;
 * both are null for ordinary data. catalogKey is null for the owner's own entries.
 */
public record DataCategory(String catalogKey, LocalizedText label, SpecialCategory specialCategory,
                           Article9Condition article9Condition) {

    /** Catalogue key of the Finnish personal identity code (henkilötunnus). */
    public static final String PERSONAL_IDENTITY_CODE = "personal-identity-code";

    public DataCategory {
        label = Objects.requireNonNullElse(label, LocalizedText.EMPTY);
    }

    public static DataCategory ordinary(String catalogKey, LocalizedText label) {
        return new DataCategory(catalogKey, label, null, null);
    }

    public boolean isSpecial() {
        return specialCategory != null;
    }
}
