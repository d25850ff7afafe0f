package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.seloste.domain.Country;
import fi.seloste.domain.Language;
import fi.seloste.domain.Transfer;

/**
 * The list of systems at the end of docs/catalogue.md is the file's, never stale. After changing systems.json:
 * <pre>./mvnw test -Dtest=CatalogueDocsTest -Dseloste.catalogue.docs.update=true</pre>
 */
class CatalogueDocsTest {

    private static final Path DOCS = Path.of("docs/catalogue.md");
    private static final String HEADING = "## Systems in the catalogue\n";

    @Test
    void theListOfSystemsInTheDocsIsTheCatalogues() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int start = docs.indexOf(HEADING);
        assertThat(start).as("docs/catalogue.md has the heading %s", HEADING.strip()).isNotNegative();
        String expected = docs.substring(0, start) + HEADING + "\n" + table();
        if (Boolean.getBoolean("seloste.catalogue.docs.update")) {
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
            docs = expected;
        }
        assertThat(docs).as("docs/catalogue.md lists the systems of systems.json; run ./mvnw test"
                + " -Dtest=CatalogueDocsTest -Dseloste.catalogue.docs.update=true").isEqualTo(expected);
    }

    private static String table() {
        StringBuilder out = new StringBuilder();
        out.append(Catalogues.systems().size()).append(" entries, in the file's order. Storage and countries in Finnish,"
                + " as the file writes them;\n`unconfirmed` lists the facts no source confirmed (the wizard tells the owner"
                + " to check them with the vendor).\n\n");
        out.append("| name | vendor | role | storage | transfers | checked | unconfirmed |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (CatalogueSystem s : Catalogues.systems()) {
            String role = s.role().name() + (s.statutory() ? " (statutory)" : "")
                    + s.otherRoles().stream().map(o -> "; also " + o.role().name()).collect(Collectors.joining())
                    + (s.needsHostingProvider() ? ", host named by owner" : "");
            String transfers = s.transfers().isEmpty() ? "—" : s.transfers().stream().map(CatalogueDocsTest::transfer)
                    .collect(Collectors.joining("; "));
            if (s.euDataRegion() != null) {
                transfers += " (EU data region offered)";
            }
            String unconfirmed = s.unconfirmed().isEmpty() ? "—" : java.util.Arrays.stream(CatalogueFact.values())
                    .filter(s.unconfirmed()::contains).map(Enum::name).collect(Collectors.joining(", "));
            out.append("| ").append(String.join(" | ", cell(s.name()), cell(s.vendor()), role,
                    cell(s.storageLocation().fi()), transfers, s.factsCheckedOn().toString(), unconfirmed)).append(" |\n");
        }
        return out.toString();
    }

    private static String transfer(Transfer t) {
        return Country.name(t.country(), Language.FI) + ": "
                + t.safeguard().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
