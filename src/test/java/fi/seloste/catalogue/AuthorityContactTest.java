package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AuthorityContactTest {

    private final AuthorityContact authority = Catalogues.authority();

    @Test
    void printsTheCurrentAddressInEveryLanguage() {
        assertThat(authority.visitingAddress().fi()).isEqualTo("Lintulahdenkuja 4, 00530 Helsinki");
        assertThat(authority.visitingAddress().en()).isEqualTo("Lintulahdenkuja 4, 00530 Helsinki, Finland");
        assertThat(authority.visitingAddress().sv()).isEqualTo("Fågelviksgränden 4, 00530 Helsingfors");
        assertThat(authority.postalAddress().fi()).isEqualTo("PL 800, 00531 Helsinki");
        assertThat(authority.postalAddress().sv()).isEqualTo("PB 800, 00531 Helsingfors");
        assertThat(authority.postalAddress().en()).isEqualTo("P.O. Box 800, 00531 Helsinki, Finland");
    }

    @Test
    void namesTheOfficeAndHowToReachIt() {
        assertThat(authority.officeName().fi()).isEqualTo("Tietosuojavaltuutetun toimisto");
        assertThat(authority.officeName().sv()).isEqualTo("Dataombudsmannens byrå");
        assertThat(authority.officeName().en()).isEqualTo("Office of the Data Protection Ombudsman");
        assertThat(authority.switchboard().fi()).isEqualTo("029 566 6700");
        assertThat(authority.switchboard().en()).isEqualTo("+358 29 566 6700");
        assertThat(authority.email()).isEqualTo("tietosuoja@om.fi");
        assertThat(authority.web()).isEqualTo("www.tietosuoja.fi");
        assertThat(authority.checkedOn()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void neverPrintsTheOldAddress() throws IOException {
        assertThat(CatalogueSchemaTest.resource("supervisory-authority.json")).doesNotContain("Ratapihantie");
        assertThat(authority.toString()).doesNotContain("Ratapihantie");
    }
}
