package fi.seloste.domain;

import java.util.Objects;

/** One cookie or tag in the website's cookie inventory: its name, who sets it, why, its category and lifetime. */
public record CookieEntry(String name, String provider, LocalizedText purpose, CookieCategory category,
                          LocalizedText lifetime) {

    public CookieEntry {
        name = Objects.requireNonNullElse(name, "");
        provider = Objects.requireNonNullElse(provider, "");
        purpose = Objects.requireNonNullElse(purpose, LocalizedText.EMPTY);
        category = Objects.requireNonNullElse(category, CookieCategory.NOT_CHOSEN);
        lifetime = Objects.requireNonNullElse(lifetime, LocalizedText.EMPTY);
    }
}
