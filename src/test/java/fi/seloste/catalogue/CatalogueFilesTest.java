package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A malformed catalogue fails loudly, naming the file and what is wrong with it. */
class CatalogueFilesTest {

    private static final String SYSTEM = """
            {"id": "example", "name": "Example", "vendor": "Example Oy", "category": "CRM",
             "usedFor": {"fi": "Asiakkaat", "sv": "Kunder", "en": "Customers"}, "role": "PROCESSOR",
             "statutory": false, "needsHostingProvider": false, "storageLocation": {"fi": "Suomi", "sv": "Finland", "en": "Finland"}, "transfers": [],
             "privacyUrl": "https://example.com/privacy", "factsCheckedOn": "2026-11-22",
             "sources": [{"url": "https://example.com/privacy", "about": "the vendor's notice"}], "unconfirmed": []}""";

    @Test
    void readsAWellFormedFile() {
        systems("{\"systems\": [" + SYSTEM + "]}");
    }

    @Test
    void anEntryWithoutSourcesIsRefused() {
        assertThatThrownBy(() -> systems("{\"systems\": [" + SYSTEM.replaceFirst("\\[\\{\"url\"[^]]*]", "[]") + "]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("system example: an entry needs at least one source");
    }

    @Test
    void anOtherRoleThatIsTheRoleItselfIsRefused() {
        String twice = SYSTEM.replace("\"role\": \"PROCESSOR\",", "\"role\": \"PROCESSOR\", \"otherRoles\": [{\"role\": \"PROCESSOR\","
                + " \"when\": {\"fi\": \"Aina\", \"sv\": \"Alltid\", \"en\": \"Always\"}}],");
        assertThatThrownBy(() -> systems("{\"systems\": [" + twice + "]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("system example: an other role must differ from role");
    }

    @Test
    void brokenJsonNamesTheFile() {
        assertThatThrownBy(() -> systems("{\"systems\": ["))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("fi/seloste/catalogue/systems.json is malformed");
    }

    @Test
    void unknownEnumConstantIsRefused() {
        assertThatThrownBy(() -> systems("{\"systems\": [" + SYSTEM.replace("\"CRM\"", "\"CRN\"") + "]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("CRN");
    }

    @Test
    void unknownFieldIsRefused() {
        String coloured = SYSTEM.replace("\"role\":", "\"colour\": \"red\", \"role\":");

        assertThatThrownBy(() -> systems("{\"systems\": [" + coloured + "]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void missingSwedishIsRefused() {
        assertThatThrownBy(() -> systems("{\"systems\": [" + SYSTEM.replace("\"Kunder\"", "\" \"") + "]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("system example: usedFor needs non-blank fi, sv and en");
    }

    @Test
    void transferWithoutSafeguardIsRefused() {
        String unsafe = SYSTEM.replace("\"transfers\": []", "\"transfers\": [{\"country\": \"US\"}]");

        assertThatThrownBy(() -> systems("{\"systems\": [" + unsafe + "]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("a transfer needs a safeguard");
    }

    @Test
    void nullEntryIsRefused() {
        assertThatThrownBy(() -> systems("{\"systems\": [null]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("systems holds a null entry");
    }

    @Test
    void duplicateIdIsRefused() {
        assertThatThrownBy(() -> systems("{\"systems\": [" + SYSTEM + ", " + SYSTEM + "]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("system id used twice: example");
    }

    @Test
    void templateReferringToAnUndefinedCategoryIsRefused() {
        String file = """
                {"dataCategories": [{"key": "name", "label": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
                                     "specialCategory": null}],
                 "templates": [{"template": "BLANK", "name": {"fi": "a", "sv": "b", "en": "c"},
                                "description": {"fi": "a", "sv": "b", "en": "c"}, "purposes": [], "dataSubjects": [],
                                "dataCategories": [{"key": "shoe-size", "preselected": true}],
                                "identityCodeReason": null, "sources": [], "retention": [], "provision": null}]}""";

        assertThatThrownBy(() -> CatalogueFiles.read("register-templates.json", stream(file),
                RegisterTemplatesFile.class, RegisterTemplatesFile::toCatalogue))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("register-templates.json")
                .hasMessageContaining("undefined data category: shoe-size");
    }

    private static void systems(String json) {
        CatalogueFiles.read("systems.json", stream(json), SystemsFile.class, SystemsFile::systems);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
