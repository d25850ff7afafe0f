package fi.seloste.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import org.junit.jupiter.api.Test;

class CatalogueSearchTest {

    private static List<String> found(String typed) {
        return CatalogueSearch.matches(Catalogues.systems(), typed, Language.EN).stream().map(CatalogueSystem::id).toList();
    }

    @Test
    void aNameThatStartsWithTheWordComesBeforeAUseThatMentionsIt() {
        List<String> shop = found("shop");
        assertThat(shop).first().isEqualTo("shopify");
        assertThat(shop).as("other entries mention a shop in their use, and come after").hasSizeGreaterThan(1);
    }

    @Test
    void nothingTypedShowsTheWholeCatalogueInItsOrder() {
        assertThat(found("  ")).isEqualTo(Catalogues.systems().stream().map(CatalogueSystem::id).toList());
    }

    @Test
    void caseAndSpacesDoNotMatterAndAVendorIsFound() {
        assertThat(found(" GOOGLE ")).startsWith("google-workspace", "google-analytics", "google-ads");
        CatalogueSystem byVendor = Catalogues.systems().stream()
                .filter(s -> !s.vendor().isBlank() && !s.name().toLowerCase().contains(s.vendor().toLowerCase())).findFirst().orElseThrow();
        assertThat(found(byVendor.vendor())).contains(byVendor.id());
    }

    @Test
    void aWordNoEntryHasFindsNothing() {
        assertThat(found("xyzzy-no-such-system")).isEmpty();
    }
}
