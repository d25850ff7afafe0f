package fi.seloste.ui.wizard;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.domain.Language;

/**
 * The catalogue entries that match what the owner typed, those whose name matches first: "shop" finds Shopify
 * before the payment services whose use mentions a web shop, so that Down and Enter take the one she meant.
 */
final class CatalogueSearch {

    private static final int NO_MATCH = Integer.MAX_VALUE;

    private CatalogueSearch() {
    }

    static List<CatalogueSystem> matches(List<CatalogueSystem> catalogue, String typed, Language language) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return catalogue;
        }
        // The sort is stable: within a rank the catalogue's own order stays.
        return catalogue.stream().filter(s -> rank(s, wanted, language) != NO_MATCH)
                .sorted(Comparator.comparingInt(s -> rank(s, wanted, language))).toList();
    }

    /** 0 the name starts with it, 1 a word of the name does, 2 the name has it, 3 the vendor or the use has it. */
    private static int rank(CatalogueSystem s, String wanted, Language language) {
        String name = s.name(language).toLowerCase(Locale.ROOT);
        String other = s.name().toLowerCase(Locale.ROOT);
        if (name.startsWith(wanted) || other.startsWith(wanted)) {
            return 0;
        }
        if (name.contains(" " + wanted) || other.contains(" " + wanted)) {
            return 1;
        }
        if (name.contains(wanted) || other.contains(wanted)) {
            return 2;
        }
        return s.vendor().toLowerCase(Locale.ROOT).contains(wanted)
                || s.usedFor().in(language).toLowerCase(Locale.ROOT).contains(wanted) ? 3 : NO_MATCH;
    }
}
