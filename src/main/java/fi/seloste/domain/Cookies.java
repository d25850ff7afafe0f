package fi.seloste.domain;

import java.util.List;
import java.util.Objects;

/**
 * Cookies and similar tags on the website (laki sähköisen viestinnän palveluista 205 §, supervised by Traficom):
 * whether any are used, the inventory, how consent is asked, and the owner's own words.
 */
public record Cookies(Answer used, List<CookieEntry> inventory, CookieConsent consent, LocalizedText description) {

    public static final Cookies NONE = new Cookies(Answer.NOT_ANSWERED, List.of(), CookieConsent.NOT_STATED, LocalizedText.EMPTY);

    public Cookies {
        used = Objects.requireNonNullElse(used, Answer.NOT_ANSWERED);
        inventory = inventory == null ? List.of() : List.copyOf(inventory);
        consent = Objects.requireNonNullElse(consent, CookieConsent.NOT_STATED);
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
    }

    /** True when the inventory lists a cookie that needs consent. */
    public boolean anyNeedsConsent() {
        return inventory.stream().anyMatch(c -> c.category().needsConsent());
    }

    public Cookies withUsed(Answer value) {
        return new Cookies(value, inventory, consent, description);
    }

    public Cookies withInventory(List<CookieEntry> value) {
        return new Cookies(used, value, consent, description);
    }

    public Cookies withConsent(CookieConsent value) {
        return new Cookies(used, inventory, value, description);
    }

    public Cookies withDescription(LocalizedText value) {
        return new Cookies(used, inventory, consent, value);
    }
}
