package fi.seloste.domain.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.SystemUse;

/**
 * Words and systems that suggest something the owner has not marked: direct marketing, health data, targeting,
 * cookies left to the browser. Stems, not whole words, because Finnish and Swedish write compounds and inflect
 * ("potilastiedot", "hälsovård", "uutiskirjeen"). They only raise a question; the owner's marks decide.
 */
final class Clues {

    static final List<String> MARKETING = List.of(
            "markkinoin", "uutiskir", "marknadsför", "nyhetsbrev", "marketing", "newsletter");

    static final List<String> HEALTH = List.of(
            "potila", "tervey", "hoito", "hoido", "diagno", "sairau", "lääkity", "allerg",
            "patient", "häls", "vård", "sjukdom", "health", "treatment", "medical");

    /** Compounds that contain a health stem but are not about health: vårdnadshavare is a child's guardian. */
    private static final List<String> NOT_HEALTH = List.of("vårdnad");

    static final List<String> BROWSER_SETTINGS = List.of(
            "selaimen asetuks", "selaimesi asetuks", "selainasetuks", "estää evästeet", "estämällä evästeet",
            "webbläsarens inställning", "webbläsarinställning", "browser settings", "browser's settings",
            "browser’s settings");

    private static final Set<String> HEALTH_SYSTEMS = Set.of("vello", "diarium", "kanta");
    private static final Set<String> AD_TARGETING_SYSTEMS = Set.of("meta-pixel", "google-ads", "linkedin-insight-tag");

    private Clues() {
    }

    static boolean mentions(LocalizedText text, List<String> stems) {
        for (Language language : Language.values()) {
            String lower = text.in(language).toLowerCase(Locale.ROOT);
            if (stems.stream().anyMatch(lower::contains)) {
                return true;
            }
        }
        return false;
    }

    static boolean mentionsHealth(LocalizedText text) {
        LocalizedText withoutFalseFriends = text;
        for (Language language : Language.values()) {
            String lower = text.in(language).toLowerCase(Locale.ROOT);
            for (String word : NOT_HEALTH) {
                lower = lower.replace(word, "");
            }
            withoutFalseFriends = withoutFalseFriends.with(language, lower);
        }
        return mentions(withoutFalseFriends, HEALTH);
    }

    /** A patient records system or the Kanta archive, from the catalogue or typed by its name in an older file. */
    static boolean isHealthSystem(SystemUse system) {
        return system.role() == ProcessingRole.HEALTH_RECORDS_ARCHIVE
                || system.catalogId() != null && HEALTH_SYSTEMS.contains(system.catalogId())
                || system.catalogId() == null && HEALTH_SYSTEMS.contains(system.name().strip().toLowerCase(Locale.ROOT));
    }

    /** A tag the catalogue knows to target advertising by what people do on the web. */
    static boolean isAdTargetingSystem(SystemUse system) {
        return system.catalogId() != null && AD_TARGETING_SYSTEMS.contains(system.catalogId());
    }
}
