package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.domain.TransferSafeguard;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue files against the JSON Schemas in docs/schemas, and the schemas against the Java enums. */
class CatalogueSchemaTest {

    private static final Path SCHEMAS = Path.of("docs", "schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @ParameterizedTest
    @CsvSource({
            "systems.json, systems.schema.json",
            "register-templates.json, register-templates.schema.json",
            "supervisory-authority.json, supervisory-authority.schema.json"})
    void catalogueFileMatchesItsSchema(String dataFile, String schemaFile) throws IOException {
        List<Error> errors = schema(schemaFile).validate(resource(dataFile), InputFormat.JSON);

        assertThat(errors).as(dataFile).isEmpty();
    }

    @Test
    void schemaRejectsAnEntryWithoutSwedish() throws IOException {
        ObjectNode systems = (ObjectNode) JSON.readTree(resource("systems.json"));
        ((ObjectNode) systems.get("systems").get(0).get("usedFor")).remove("sv");

        List<Error> errors = schema("systems.schema.json").validate(JSON.writeValueAsString(systems), InputFormat.JSON);

        assertThat(errors).extracting(Error::getMessage).anyMatch(message -> message.contains("sv"));
    }

    @Test
    void schemaRejectsAStatutoryProcessorAndAPlainHttpLink() throws IOException {
        ObjectNode systems = (ObjectNode) JSON.readTree(resource("systems.json"));
        ObjectNode first = (ObjectNode) systems.get("systems").get(0);
        first.put("statutory", true);
        first.put("privacyUrl", "http://example.com/privacy");

        List<Error> errors = schema("systems.schema.json").validate(JSON.writeValueAsString(systems), InputFormat.JSON);

        assertThat(errors).extracting(Error::getKeyword).contains("const", "pattern");
    }

    @Test
    void systemsSchemaEnumsAreTheJavaEnums() throws IOException {
        JsonNode defs = JSON.readTree(Files.readString(SCHEMAS.resolve("systems.schema.json"))).get("$defs");

        assertThat(names(defs, "systemCategory")).isEqualTo(names(SystemCategory.values()));
        assertThat(names(defs, "processingRole")).isEqualTo(names(ProcessingRole.values()));
        assertThat(names(defs, "transferSafeguard")).isEqualTo(names(TransferSafeguard.values()).stream()
                .filter(name -> !name.equals(TransferSafeguard.NONE.name())).toList());
    }

    @Test
    void templatesSchemaEnumsAreTheJavaEnums() throws IOException {
        JsonNode defs = JSON.readTree(Files.readString(SCHEMAS.resolve("register-templates.schema.json"))).get("$defs");

        assertThat(names(defs, "registerTemplate")).isEqualTo(names(RegisterTemplate.values()));
        assertThat(names(defs, "specialCategory")).isEqualTo(names(SpecialCategory.values()));
        assertThat(names(defs, "article9Condition")).isEqualTo(names(Article9Condition.values()));
        assertThat(names(defs, "legalBasis")).isEqualTo(names(LegalBasis.values()));
        assertThat(names(defs, "sourceKind")).isEqualTo(names(SourceKind.values()));
        assertThat(names(defs, "retentionCriterion")).isEqualTo(names(RetentionCriterion.values()));
        assertThat(names(defs, "yearsCriterion")).isEqualTo(Arrays.stream(RetentionCriterion.values())
                .filter(RetentionCriterion::takesYears).map(Enum::name).toList());
        assertThat(names(defs, "provisionRequirement")).isEqualTo(names(ProvisionRequirement.values()).stream()
                .filter(name -> !name.equals(ProvisionRequirement.NOT_STATED.name())).toList());
    }

    private static Schema schema(String schemaFile) throws IOException {
        return REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(schemaFile)), InputFormat.JSON);
    }

    static String resource(String fileName) throws IOException {
        try (InputStream in = Catalogues.class.getResourceAsStream(fileName)) {
            assertThat(in).as(fileName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(JsonNode defs, String definition) {
        JsonNode values = defs.get(definition).get("enum");
        return Stream.iterate(0, i -> i < values.size(), i -> i + 1).map(i -> values.get(i).asString()).toList();
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
