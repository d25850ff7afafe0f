package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import fi.seloste.domain.Language;
import fi.seloste.domain.Answer;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.MergeNote;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SharedSection;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.SampleNotices;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/schemas/notice-interchange.schema.json against the notices Seloste writes, against the example in
 * docs/interchange.md, and against the domain records themselves, so that the schema cannot drift from the code.
 */
class NoticeSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("docs", "schemas", "notice-interchange.schema.json");
    private static final Path GUIDE = Path.of("docs", "interchange.md");
    private static final String ID = "https://seloste.fi/schemas/notice-interchange-2.schema.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String SCHEMA_TEXT = read(SCHEMA_FILE);
    private static final JsonNode SCHEMA_TREE = JSON.readTree(SCHEMA_TEXT);
    private static final JsonNode DEFS = SCHEMA_TREE.get("$defs");
    /** Formats asserted, as CatalogueSchemaTest does. */
    private static final SchemaRegistry REGISTRY = registry(true);
    /** Formats only annotated (the validator's default): the schema's own patterns must catch bad shapes. */
    private static final SchemaRegistry PATTERNS_ONLY = registry(false);
    /** The $defs entries that are not a domain record or enum. */
    private static final Set<String> ENVELOPE_AND_SCALAR_DEFS = Set.of("signOff", "date", "instant", "sha256");
    /** LocalizedText with the limit of a name (SchemaLimitsTest): a register's name, a data category's label. */
    private static final String LOCALIZED_NAME = "#/$defs/localizedName";

    // ---- Notices Seloste writes ------------------------------------------------------------------------------

    static Stream<Arguments> notices() {
        return Stream.of(
                Arguments.of("physiotherapy seed", SeedNotices.physiotherapy()),
                Arguments.of("beauty salon seed", SeedNotices.beautySalon()),
                Arguments.of("sample notice, every field set", sampleNotice()),
                Arguments.of("empty notice", Notice.EMPTY),
                Arguments.of("a register with nothing but a name", bareNotice()),
                Arguments.of("text that needs escaping", awkwardNotice()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void canonicalJsonOfANoticeIsAValidNotice(String name, Notice notice) {
        JsonNode json = JSON.readTree(NoticeJson.canonicalBytes(notice));

        assertThat(errors(REGISTRY, "#/$defs/notice", json)).as(name).isEmpty();
        assertThat(errors(PATTERNS_ONLY, "#/$defs/notice", json)).as(name).isEmpty();
    }

    @Test
    void anEnvelopeWithSignedVersionsIsValid() {
        JsonNode document = JSON.readTree(envelope());

        assertThat(errors(REGISTRY, "", document)).isEmpty();
        assertThat(errors(PATTERNS_ONLY, "", document)).isEmpty();
    }

    /** docs/interchange.md tells integrators how to recompute a fingerprint with nothing but the schema. */
    @Test
    void aFingerprintCanBeCheckedWithTheSchemaAndTheGuideAlone() {
        JsonNode document = JSON.readTree(envelope());

        for (JsonNode signOff : document.get("signOffs")) {
            JsonNode content = signOff.get("content");
            StringBuilder canonical = new StringBuilder();
            writeAsTheGuideSays(content, DEFS.get("notice"), canonical);
            byte[] bytes = canonical.toString().getBytes(StandardCharsets.UTF_8);

            assertThat(sha256(bytes)).isEqualTo(signOff.get("contentSha256").asString());
            assertThat(bytes).isEqualTo(NoticeJson.canonicalBytes(NoticeJson.read(JSON.writeValueAsBytes(content))));
        }
    }

    @Test
    void theExampleInTheGuideIsValidAndItsFingerprintsAreRight() {
        String example = guideExample();
        JsonNode document = JSON.readTree(example);

        assertThat(errors(REGISTRY, "", document)).isEmpty();
        assertThat(errors(PATTERNS_ONLY, "", document)).isEmpty();
        assertThat(NoticeJson.read(JSON.writeValueAsBytes(document.get("notice")))).isNotNull();
        assertThat(document.get("signOffs")).isNotEmpty();
        for (JsonNode signOff : document.get("signOffs")) {
            Notice content = NoticeJson.read(JSON.writeValueAsBytes(signOff.get("content")));
            assertThat(signOff.get("contentSha256").asString()).isEqualTo(sha256(NoticeJson.canonicalBytes(content)));
        }
        assertThat(propertiesOutOfAlphabeticalOrder(document, ""))
                .as("the example lists properties alphabetically, unlike Seloste, as the guide says").isEmpty();
    }

    /**
     * The example's fingerprints recomputed from the guide's words alone (writeAsTheGuideSays, recordAsTheGuideSays),
     * with its sets listed alphabetically, not in their enum's order; and Seloste imports it.
     */
    @Test
    void theExampleInTheGuideIsImportedAndItsFingerprintsFollowTheRecipe() throws InterchangeException {
        String example = guideExample();
        JsonNode document = JSON.readTree(example);
        JsonNode signOff = document.get("signOffs").get(0);
        StringBuilder canonical = new StringBuilder();
        writeAsTheGuideSays(signOff.get("content"), DEFS.get("notice"), canonical);

        assertThat(strings(signOff.at("/content/security/measures")))
                .as("the example's measures are not in the enum's order, so that it shows the sets are sorted")
                .containsExactly("BACKUPS", "LOCKED_CABINET", "PERSONAL_ACCOUNTS");
        assertThat(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(signOff.get("contentSha256").asString());
        assertThat(canonical.toString()).as("the guide's worked example of the canonical form")
                .contains(guideLine("\"security\":{"));
        assertThat(recordAsTheGuideSays(signOff)).as("the guide's worked example of the record")
                .isEqualTo(guideLine("{\"version\":1,"));
        assertThat(sha256(recordAsTheGuideSays(signOff).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(signOff.get("recordSha256").asString());
        assertThat(read(GUIDE)).contains("which is `" + signOff.get("recordSha256").asString() + "`");

        InterchangeDocument imported = NoticeInterchange.read(example.getBytes(StandardCharsets.UTF_8), Language.EN);

        assertThat(imported.signedVersions()).singleElement().satisfies(version ->
                assertThat(version.signedJson()).isEqualTo(canonical.toString()));
        assertThat(imported.notice().settings().languages()).containsExactly(Language.FI, Language.EN);
    }

    /**
     * A producer that follows the guide (issue 17, M5: a fingerprint computed as the guide said was refused as
     * "changed after the sign-off", because the guide did not say that sets are sorted): sets written in any order,
     * the fingerprint over the canonical form, which sorts them.
     */
    @Test
    void aFingerprintByTheGuideOverSetsInAnyOrderIsAccepted() throws InterchangeException {
        ObjectNode document = (ObjectNode) JSON.readTree(envelope());
        for (JsonNode signOff : document.get("signOffs")) {
            JsonNode content = signOff.get("content");
            reverse((ArrayNode) content.at("/settings/languages"));
            reverse((ArrayNode) content.at("/security/measures"));
            StringBuilder canonical = new StringBuilder();
            writeAsTheGuideSays(content, DEFS.get("notice"), canonical);
            ((ObjectNode) signOff).put("contentSha256", sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
            ((ObjectNode) signOff).put("recordSha256", sha256(recordAsTheGuideSays(signOff).getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(strings(document.at("/signOffs/1/content/settings/languages"))).containsExactly("SV", "FI");
        assertThat(strings(document.at("/signOffs/0/content/security/measures")).get(0))
                .isEqualTo("CONFIDENTIALITY_OBLIGATION");

        InterchangeDocument imported = NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN);

        for (SignedVersion version : imported.signedVersions()) {
            assertThat(version.signedJson()).as("the canonical form is what is kept")
                    .isEqualTo(new String(NoticeJson.canonicalBytes(version.notice()), StandardCharsets.UTF_8));
            assertThat(NoticeJson.fingerprint(version.notice())).isEqualTo(version.signOff().contentSha256());
        }
    }

    /**
     * The fingerprint the probe computed, over the sets in the order they stand (what the guide said before it said
     * that sets are sorted), is not the canonical one: refused, since a reader cannot tell it from a changed set.
     */
    @Test
    void aFingerprintOverSetsInTheOrderTheyStandIsNotTheCanonicalOne() {
        ObjectNode document = (ObjectNode) JSON.readTree(envelope());
        ObjectNode signOff = (ObjectNode) document.get("signOffs").get(1);
        reverse((ArrayNode) signOff.at("/content/settings/languages"));
        StringBuilder asTheyStand = new StringBuilder();
        write(signOff.get("content"), DEFS.get("notice"), asTheyStand, false);
        signOff.put("contentSha256", sha256(asTheyStand.toString().getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN))
                .isInstanceOfSatisfying(InterchangeException.class, e -> assertThat(e.problems())
                        .extracting(InterchangeProblem::path).containsExactly("signOffs[1].contentSha256"));
    }

    /** The schema cannot compare a register's systemKeys with the systems' keys; the reader does. */
    @Test
    void aRegisterNamingASystemTheNoticeLacksIsRefused() {
        ObjectNode document = (ObjectNode) JSON.readTree(envelope());
        ArrayNode keys = (ArrayNode) document.at("/notice/registers/0/systemKeys");
        int at = keys.size();
        keys.add("s99");

        assertThatThrownBy(() -> NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN))
                .isInstanceOfSatisfying(InterchangeException.class, e -> assertThat(e.problems())
                        .extracting(InterchangeProblem::path).containsExactly("notice.registers[0].systemKeys[" + at + "]"));
    }

    // ---- What the schema refuses -------------------------------------------------------------------------------

    /** The change at a JSON Pointer, and the keyword that must fail there (or at the location given last). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unknown property in a register | /notice/registers/0/colour | `\"blue\"` | additionalProperties"
                    + " | /notice/registers/0",
            "unknown property in the envelope | /exportedBy | `\"someone\"` | additionalProperties | ``",
            "wrong enum name | /notice/registers/0/template | `\"CUSTOMER\"` | enum",
            "wrong enum name where null is ok | /notice/registers/0/purposes/0/basis | `\"LEGITIMATE_INTEREST\"` | enum",
            "enum by its article, not its name | /notice/registers/0/purposes/0/basis | `\"6(1)(f)\"` | enum",
            "missing required property | /notice/registers/0/provision | (removed) | required | /notice/registers/0",
            "missing language in a text | /notice/registers/0/name/sv | (removed) | required | /notice/registers/0/name",
            "null text | /notice/controller/name | null | type",
            "null list | /notice/registers | null | type",
            "sha256 in upper case | /signOffs/0/contentSha256"
                    + " | `\"ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB\"` | pattern",
            "sha256 too short | /signOffs/0/contentSha256 | `\"abc123\"` | pattern",
            "newer format version | /formatVersion | 5 | const",
            "another format | /format | `\"seloste-settings\"` | const",
            "sign-off version 0 | /signOffs/0/version | 0 | minimum",
            "register id 0 | /notice/registers/0/id | 0 | minimum",
            "register id as text | /notice/registers/0/id | `\"1\"` | type",
            "blank signer | /signOffs/0/signer | `\"  \"` | pattern",
            "signedAt with an offset | /signOffs/0/signedAt | `\"2026-11-22T12:15:30+02:00\"` | pattern",
            "Finnish date form | /notice/settings/nextReview | `\"1.11.2027\"` | pattern",
            "month 13 | /notice/systems/0/factsCheckedOn | `\"2026-13-01\"` | pattern",
            "no languages | /notice/settings/languages | [] | minItems",
            "a language twice | /notice/settings/languages | `[\"FI\",\"FI\"]` | uniqueItems",
            "language in lower case | /notice/settings/languages/0 | `\"fi\"` | enum",
            "201 years | /notice/registers/0/retention/1/years | 201 | maximum",
            "boolean as text | /notice/registers/0/purposes/0/directMarketing | `\"true\"` | type",
            "answer as a boolean | /notice/cookies/used | true | enum",
            "answer not one of its names | /notice/registers/0/transfersOutsideEea | `\"MAYBE\"` | enum",
            "transfer without safeguard | /notice/systems/1/transfers/0/safeguard | (removed) | required"
                    + " | /notice/systems/1/transfers/0",
            "blank system key | /notice/systems/0/key | `\"\"` | minLength",
            "a system named twice by a register | /notice/registers/0/systemKeys | `[\"s1\",\"s1\"]` | uniqueItems",
            "security kept per register | /notice/registers/0/security | `{}` | additionalProperties"
                    + " | /notice/registers/0",
            "merge note of a register's own section | /notice/mergeNotes/0/section | `\"RECIPIENTS\"` | enum",
            "contact person as a string | /notice/contactPerson | `\"Veera\"` | type"})
    void theSchemaRefuses(ArgumentsAccessor row) {
        String problem = row.getString(0);
        String pointer = row.getString(1);
        String value = row.getString(2);
        String keyword = row.getString(3);
        String expectedLocation = row.size() > 4 ? row.getString(4) : pointer;
        ObjectNode document = (ObjectNode) JSON.readTree(envelope());
        change(document, pointer, "(removed)".equals(value) ? null : JSON.readTree(value));

        for (SchemaRegistry registry : List.of(REGISTRY, PATTERNS_ONLY)) {
            List<Error> errors = errors(registry, "", document);

            assertThat(errors).as(problem).isNotEmpty();
            assertThat(errors).as(problem + ": " + errors)
                    .anyMatch(e -> pointer(e.getInstanceLocation()).equals(expectedLocation)
                            && e.getKeyword().equals(keyword));
        }
    }

    @Test
    void aTrailingNewLineIsNotPartOfAFixedForm() {
        ObjectNode document = (ObjectNode) JSON.readTree(envelope());
        String sha = document.get("signOffs").get(0).get("contentSha256").asString();
        change(document, "/signOffs/0/contentSha256", JsonNodeFactory.instance.stringNode(sha + "\n"));
        change(document, "/signOffs/0/signedAt", JsonNodeFactory.instance.stringNode("2026-11-22T10:15:30Z\n"));
        change(document, "/notice/settings/nextReview", JsonNodeFactory.instance.stringNode("2027-11-01\n"));

        assertThat(errors(PATTERNS_ONLY, "", document)).extracting(e -> pointer(e.getInstanceLocation()))
                .contains("/signOffs/0/contentSha256", "/signOffs/0/signedAt", "/notice/settings/nextReview");
    }

    /**
     * The Y-tunnus is kept as the owner typed it, finished or not, so that every draft can be exported and imported
     * again; its shape and check digit are the completeness check's to judge.
     */
    @ParameterizedTest
    @CsvSource(quoteCharacter = '`', value = {"``", "`   `", "`0245974-7`", "` 0245974-7 `", "`245974-7`", "`0245974-8`",
            "`123`", "`30159696`", "`FI30159696`"})
    void theSchemaAcceptsEveryYTunnusTheOwnerMayHaveTyped(String businessId) {
        ObjectNode document = (ObjectNode) JSON.readTree(envelope());
        change(document, "/notice/controller/businessId", JsonNodeFactory.instance.stringNode(businessId));

        assertThat(errors(PATTERNS_ONLY, "", document)).isEmpty();
    }

    /** JSON Schema cannot compare one item's property with another's; the reader has to. */
    @Test
    void duplicateRegisterIdsAreLeftToTheReader() {
        Notice twins = Notice.withoutSharedSections(SampleNotices.controller(), null, null, NoticeSettings.DEFAULT,
                List.of(SampleNotices.patientRegister(3), SampleNotices.patientRegister(3)));

        assertThat(errors(REGISTRY, "#/$defs/notice", JSON.readTree(NoticeJson.canonicalBytes(twins)))).isEmpty();
    }

    // ---- The schema against the code ---------------------------------------------------------------------------

    @Test
    void everyRecordReachableFromNoticeIsDefinedWithExactlyItsComponents() {
        for (Class<?> type : reachableRecords()) {
            JsonNode definition = definition(type);
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();

            assertThat(definition.get("type").asString()).as(type.getSimpleName()).isEqualTo("object");
            assertThat(definition.get("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
            assertThat(definition.get("description")).as(type.getSimpleName() + " description").isNotNull();
            assertThat(fieldNames(definition.get("properties"))).as(type.getSimpleName() + " properties, canonical order")
                    .isEqualTo(components);
            assertThat(strings(definition.get("required"))).as(type.getSimpleName() + " required")
                    .containsExactlyInAnyOrderElementsOf(components);
            definition.get("properties").forEach(property -> assertThat(property.get("description"))
                    .as(type.getSimpleName() + " property description").isNotNull());
        }
    }

    @Test
    void everyPropertyHasTheTypeOfItsComponent() {
        for (Class<?> type : reachableRecords()) {
            for (RecordComponent component : type.getRecordComponents()) {
                String where = type.getSimpleName() + "." + component.getName();
                JsonNode property = definition(type).get("properties").get(component.getName());
                Class<?> raw = component.getType();

                if ((List.class.equals(raw) || Set.class.equals(raw)) && Long.class.equals(elementType(component.getGenericType()))) {
                    assertThat(property.get("type").asString()).as(where).isEqualTo("array");
                    assertThat(property.get("items").get("type").asString()).as(where + " items").isEqualTo("integer");
                } else if ((List.class.equals(raw) || Set.class.equals(raw)) && String.class.equals(elementType(component.getGenericType()))) {
                    assertThat(property.get("type").asString()).as(where).isEqualTo("array");
                    assertThat(property.get("items").get("type").asString()).as(where + " items").isEqualTo("string");
                } else if (List.class.equals(raw) || Set.class.equals(raw)) {
                    assertThat(property.get("type").asString()).as(where).isEqualTo("array");
                    assertThat(property.get("items").get("$ref").asString()).as(where)
                            .isEqualTo(ref(elementType(component.getGenericType())));
                    assertThat(property.path("uniqueItems").asBoolean(false)).as(where + " uniqueItems")
                            .isEqualTo(Set.class.equals(raw));
                } else if (LocalizedText.class.equals(raw)) {
                    assertThat(refs(property)).as(where).containsAnyOf(ref(raw), LOCALIZED_NAME);
                } else if (raw.isRecord() || raw.isEnum() || LocalDate.class.equals(raw)) {
                    assertThat(refs(property)).as(where).contains(ref(raw));
                } else {
                    String jsonType = switch (raw.getName()) {
                        case "java.lang.String" -> "string";
                        case "boolean" -> "boolean";
                        case "int", "long", "java.lang.Integer", "java.lang.Long" -> "integer";
                        default -> throw new AssertionError(where + ": no JSON type known for " + raw);
                    };
                    assertThat(types(property)).as(where).contains(jsonType);
                }
            }
        }
    }

    /**
     * A property admits null exactly where the writer can write null: where the compact constructor keeps a null
     * rather than replacing it with a default or refusing it.
     */
    @Test
    void nullIsAllowedExactlyWhereTheDomainKeepsNull() throws ReflectiveOperationException {
        Map<Class<?>, Object> examples = examplesOfEveryRecord(List.of(sampleNotice(), sampleRecord()));
        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(reachableRecords());
        List<String> expectedNullable = new ArrayList<>();
        List<String> schemaNullable = new ArrayList<>();

        for (Map.Entry<Class<?>, Object> example : examples.entrySet()) {
            Class<?> type = example.getKey();
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                String where = definitionName(type) + "." + components[i].getName();
                if (!components[i].getType().isPrimitive() && keepsNull(example.getValue(), i)) {
                    expectedNullable.add(where);
                }
                Schema property = REGISTRY.getSchema(SchemaLocation.of(
                        ID + "#/$defs/" + definitionName(type) + "/properties/" + components[i].getName()));
                if (property.validate(JsonNodeFactory.instance.nullNode()).isEmpty()) {
                    schemaNullable.add(where);
                }
            }
        }

        assertThat(schemaNullable).containsExactlyInAnyOrderElementsOf(expectedNullable);
    }

    @Test
    void everyEnumIsDefinedWithExactlyItsConstants() {
        for (Class<?> type : reachableEnums()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();

            assertThat(strings(definition(type).get("enum"))).as(type.getSimpleName()).isEqualTo(constants);
            assertThat(definition(type).get("description")).as(type.getSimpleName() + " description").isNotNull();
        }
    }

    @Test
    void everyDefinitionIsADomainTypeOrPartOfTheEnvelope() {
        Set<String> expected = new LinkedHashSet<>(ENVELOPE_AND_SCALAR_DEFS);
        expected.add(LOCALIZED_NAME.substring("#/$defs/".length()));
        reachableRecords().forEach(type -> expected.add(definitionName(type)));
        reachableEnums().forEach(type -> expected.add(definitionName(type)));

        assertThat(fieldNames(DEFS)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSignOffIsTheSignOffRecordAndItsContent() {
        List<String> expected = new ArrayList<>(
                Arrays.stream(SignOff.class.getRecordComponents()).map(RecordComponent::getName).toList());
        expected.add("contentFormat");
        expected.add("recordSha256");
        expected.add("content");
        JsonNode signOff = DEFS.get("signOff");

        assertThat(fieldNames(signOff.get("properties"))).isEqualTo(expected);
        assertThat(strings(signOff.get("required"))).as("all but recordSha256, which older files lack")
                .containsExactlyInAnyOrderElementsOf(expected.stream().filter(p -> !p.equals("recordSha256")).toList());
        assertThat(signOff.get("additionalProperties").asBoolean(true)).isFalse();
        JsonNode envelope = SCHEMA_TREE.get("properties");
        assertThat(fieldNames(envelope)).containsExactly("format", "formatVersion", "notice", "signOffs", "record");
        assertThat(envelope.get("formatVersion").get("const").asInt()).isEqualTo(NoticeInterchange.FORMAT_VERSION);
    }

    @Test
    void everyReferenceIsLocalAndEveryObjectIsClosed() {
        List<String> problems = new ArrayList<>();
        walk(SCHEMA_TREE, "", (path, node) -> {
            if (node.has("$ref") && !node.get("$ref").asString().startsWith("#/$defs/")) {
                problems.add(path + ": $ref " + node.get("$ref"));
            }
            if (node.has("$ref") && DEFS.get(node.get("$ref").asString().substring("#/$defs/".length())) == null) {
                problems.add(path + ": $ref to nothing " + node.get("$ref"));
            }
            boolean condition = path.endsWith("/if") || path.endsWith("/then");
            if (node.has("properties") && !condition && !node.path("additionalProperties").isBoolean()) {
                problems.add(path + ": additionalProperties not false");
            }
        });

        assertThat(problems).isEmpty();
    }

    // ---- Notices and envelopes ---------------------------------------------------------------------------------

    /**
     * SampleNotices with two registers, a contact person and a data protection officer, the business's systems,
     * security and cookies, and a merge note an upgrade left on the security.
     */
    static Notice sampleNotice() {
        return SampleNotices.withSharedSections(Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(),
                SampleNotices.dataProtectionOfficer(), SampleNotices.settings(),
                List.of(SampleNotices.patientRegister(1), SampleNotices.patientRegister(2))))
                .withMergeNotes(List.of(new MergeNote(SharedSection.SECURITY, List.of("Potilaat", "Asiakkaat"))));
    }

    private static Notice bareNotice() {
        Register bare = Register.empty(7, RegisterTemplate.BLANK, LocalizedText.finnish("Asiakkaat"));
        return Notice.withoutSharedSections(SampleNotices.controller(), null, null, NoticeSettings.DEFAULT, List.of(bare));
    }

    /** Text a hand-written canonicaliser could get wrong: quotes, back slashes, control characters, astral planes. */
    private static Notice awkwardNotice() {
        String awkward = "\"lainaus\" \\ kenoviiva / \t sarkain \n rivi \u0001 \u001f \u007f \u2028 \u202Eesaeh"
                + " 😀 åäö </script>";
        Notice sample = sampleNotice();
        return sample.withController(sample.controller().withName(awkward)).withDataProtectionOfficer(null)
                .withSettings(new NoticeSettings(EnumSet.of(Language.SV, Language.FI), LocalDate.of(2030, 2, 28),
                        new LocalizedText(awkward, awkward, ""), LocalizedText.EMPTY))
                .withRegisters(List.of(sample.registers().get(0).toBuilder().name(new LocalizedText(awkward, "", awkward)).build()))
                .withMergeNotes(List.of());
    }

    /**
     * An interchange document as another tool may write it: properties sorted alphabetically, not in the schema's
     * order as Seloste writes them, so that checking a fingerprint has to put them in the schema's order itself.
     */
    static String envelope() {
        Notice first = SeedNotices.physiotherapy();
        Notice second = awkwardNotice();
        ObjectNode document = JSON.createObjectNode();
        document.put("format", "seloste-notice");
        document.put("formatVersion", NoticeInterchange.FORMAT_VERSION);
        document.set("notice", JSON.readTree(NoticeJson.canonicalBytes(sampleNotice())));
        ArrayNode signOffs = document.putArray("signOffs");
        signOffs.add(signOff(1, Instant.parse("2026-11-22T10:15:30Z"), "Liisa Virtanen", "toimitusjohtaja", first));
        signOffs.add(signOff(2, Instant.parse("2026-12-01T08:00:00.123456Z"), "Liisa Virtanen", "", second));
        return PRETTY.writeValueAsString(sorted(document));
    }

    private static ObjectNode signOff(int version, Instant at, String signer, String role, Notice content) {
        byte[] canonical = NoticeJson.canonicalBytes(content);
        ObjectNode signOff = JSON.createObjectNode();
        signOff.put("version", version);
        signOff.put("signedAt", at.toString());
        signOff.put("signer", signer);
        ObjectNode localizedRole = signOff.putObject("signerRole");
        localizedRole.put("fi", role);
        localizedRole.put("sv", "");
        localizedRole.put("en", "");
        signOff.put("contentSha256", sha256(canonical));
        signOff.put("contentFormat", NoticeJson.FORMAT);
        signOff.set("content", JSON.readTree(canonical));
        return signOff;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            fieldNames(node).stream().sorted().forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    /**
     * The canonical form as docs/interchange.md describes it: compact UTF-8, properties in the schema's order, only
     * quote, back slash and U+0000 to U+001F escaped (short forms for five of them, else upper-case hex).
     */
    private static void writeAsTheGuideSays(JsonNode instance, JsonNode schema, StringBuilder out) {
        write(instance, schema, out, true);
    }

    private static void write(JsonNode instance, JsonNode schema, StringBuilder out, boolean sortSets) {
        JsonNode resolved = resolve(schema);
        if (instance.isObject()) {
            List<String> names = fieldNames(resolved.get("properties"));
            assertThat(names).containsExactlyInAnyOrderElementsOf(fieldNames(instance));
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",");
                writeString(names.get(i), out);
                out.append(':');
                write(instance.get(names.get(i)), resolved.get("properties").get(names.get(i)), out, sortSets);
            }
            out.append('}');
        } else if (instance.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            instance.forEach(items::add);
            // "A set is an array whose schema has "uniqueItems": true and whose items are a $ref to an enum": sorted.
            JsonNode constants = resolve(resolved.get("items")).get("enum");
            if (sortSets && resolved.path("uniqueItems").asBoolean(false) && resolved.get("items").has("$ref")
                    && constants != null) {
                List<String> order = strings(constants);
                items.sort(java.util.Comparator.comparingInt(item -> order.indexOf(item.asString())));
            }
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(items.get(i), resolved.get("items"), out, sortSets);
            }
            out.append(']');
        } else if (instance.isString()) {
            writeString(instance.asString(), out);
        } else {
            out.append(instance.toString());
        }
    }

    /** The record of a sign-off as the guide says: six properties in its order, written as the canonical form. */
    private static String recordAsTheGuideSays(JsonNode signOff) {
        StringBuilder out = new StringBuilder("{\"version\":").append(signOff.get("version").asInt());
        out.append(",\"signedAt\":");
        writeString(Instant.parse(signOff.get("signedAt").asString()).toString(), out);
        out.append(",\"signer\":");
        writeString(signOff.get("signer").asString(), out);
        out.append(",\"signerRole\":");
        JsonNode role = signOff.get("signerRole");
        if (role.isObject()) {
            out.append("{\"fi\":");
            writeString(role.get("fi").asString(), out);
            out.append(",\"sv\":");
            writeString(role.get("sv").asString(), out);
            out.append(",\"en\":");
            writeString(role.get("en").asString(), out);
            out.append('}');
        } else {
            writeString(role.asString(), out);
        }
        out.append(",\"contentSha256\":");
        writeString(signOff.get("contentSha256").asString(), out);
        out.append(",\"contentFormat\":").append(signOff.get("contentFormat").asInt()).append('}');
        return out.toString();
    }

    private static void reverse(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        array.removeAll();
        for (int i = items.size() - 1; i >= 0; i--) {
            array.add(items.get(i));
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        text.chars().forEach(c -> out.append(switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\b' -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\f' -> "\\f";
            case '\r' -> "\\r";
            default -> c < 0x20 ? String.format("\\u%04X", c) : Character.toString(c);
        }));
        out.append('"');
    }

    /** Follows $ref, and into the object branch of an "object or null" anyOf. */
    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(DEFS.get(schema.get("$ref").asString().substring("#/$defs/".length())));
        }
        if (schema.has("anyOf")) {
            for (JsonNode branch : schema.get("anyOf")) {
                if (!"null".equals(branch.path("type").asString(""))) {
                    return resolve(branch);
                }
            }
        }
        return schema;
    }

    // ---- The guide ---------------------------------------------------------------------------------------------

    private static String guideExample() {
        Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(read(GUIDE));
        assertThat(json.find()).as("a ```json block in " + GUIDE).isTrue();
        String example = json.group(1);
        assertThat(json.find()).as("only one ```json block in " + GUIDE).isFalse();
        return example;
    }

    /** The one line of the guide that starts with {@code start}, outside the example. */
    private static String guideLine(String start) {
        List<String> lines = read(GUIDE).lines().filter(line -> line.startsWith(start)).toList();
        assertThat(lines).as("one line of " + GUIDE + " starting " + start).hasSize(1);
        return lines.get(0);
    }

    private static List<String> propertiesOutOfAlphabeticalOrder(JsonNode node, String path) {
        List<String> problems = new ArrayList<>();
        if (node.isObject()) {
            List<String> names = fieldNames(node);
            if (!names.equals(names.stream().sorted().toList())) {
                problems.add(path + ": " + names);
            }
            names.forEach(name -> problems.addAll(propertiesOutOfAlphabeticalOrder(node.get(name), path + "/" + name)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                problems.addAll(propertiesOutOfAlphabeticalOrder(node.get(i), path + "/" + i));
            }
        }
        return problems;
    }

    // ---- Reflection over the domain ----------------------------------------------------------------------------

    /** From the notice and from the record of processing the envelope carries beside it. */
    private static Set<Class<?>> reachableRecords() {
        Set<Class<?>> records = new LinkedHashSet<>();
        collect(Notice.class, records, new LinkedHashSet<>());
        collect(ProcessingRecord.class, records, new LinkedHashSet<>());
        return records;
    }

    private static Set<Class<?>> reachableEnums() {
        Set<Class<?>> enums = new LinkedHashSet<>();
        collect(Notice.class, new LinkedHashSet<>(), enums);
        collect(ProcessingRecord.class, new LinkedHashSet<>(), enums);
        return enums;
    }

    /** A record of processing with every field filled, dates included, to see which components keep null. */
    private static ProcessingRecord sampleRecord() {
        return ProcessingRecord.EMPTY.withPublishedUrl("https://flowest.fi/tietosuoja")
                .withRepresentative(SampleNotices.dataProtectionOfficer())
                .with(RegisterRecord.empty(1).withResponsible(SampleNotices.dataProtectionOfficer())
                        .withAgreement(new ProcessorAgreement(0, Answer.YES, LocalDate.of(2024, 3, 12), LocalizedText.finnish("kansio")))
                        .withFeeds(List.of(2L))
                        .withRisk(new RiskNote(Answer.YES, Answer.YES, LocalDate.of(2025, 1, 20), LocalizedText.finnish("arvio"))));
    }

    private static void collect(Class<?> type, Set<Class<?>> records, Set<Class<?>> enums) {
        if (type.isEnum()) {
            enums.add(type);
        } else if (type.isRecord() && records.add(type)) {
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> raw = component.getType();
                collect(Collection.class.isAssignableFrom(raw) ? elementType(component.getGenericType()) : raw,
                        records, enums);
            }
        }
    }

    private static Class<?> elementType(Type collectionType) {
        return (Class<?>) ((ParameterizedType) collectionType).getActualTypeArguments()[0];
    }

    /** The first instance of every record type found in the notice's object graph. */
    private static Map<Class<?>, Object> examplesOfEveryRecord(Object root) throws ReflectiveOperationException {
        Map<Class<?>, Object> examples = new LinkedHashMap<>();
        List<Object> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            Object value = queue.remove(0);
            if (value instanceof Collection<?> items) {
                queue.addAll(items);
            } else if (value != null && value.getClass().isRecord()) {
                examples.putIfAbsent(value.getClass(), value);
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    queue.add(component.getAccessor().invoke(value));
                }
            }
        }
        return examples;
    }

    /** Whether the canonical constructor keeps a null in component i, rather than refusing it or replacing it. */
    private static boolean keepsNull(Object example, int i) throws ReflectiveOperationException {
        RecordComponent[] components = example.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int j = 0; j < components.length; j++) {
            arguments[j] = j == i ? null : components[j].getAccessor().invoke(example);
        }
        Constructor<?> canonical = example.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        try {
            Object built = canonical.newInstance(arguments);
            return components[i].getAccessor().invoke(built) == null;
        } catch (InvocationTargetException refused) {
            return false;
        }
    }

    private static String definitionName(Class<?> type) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static JsonNode definition(Class<?> type) {
        JsonNode definition = DEFS.get(definitionName(type));
        assertThat(definition).as("$defs/" + definitionName(type)).isNotNull();
        return definition;
    }

    private static String ref(Class<?> type) {
        return "#/$defs/" + (LocalDate.class.equals(type) ? "date" : definitionName(type));
    }

    /** The $refs a property schema makes, directly or in an anyOf branch. */
    private static List<String> refs(JsonNode property) {
        List<String> refs = new ArrayList<>();
        if (property.has("$ref")) {
            refs.add(property.get("$ref").asString());
        }
        property.path("anyOf").forEach(branch -> refs.addAll(refs(branch)));
        return refs;
    }

    private static List<String> types(JsonNode property) {
        JsonNode type = property.path("type");
        return type.isArray() ? strings(type) : List.of(type.asString(""));
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static SchemaRegistry registry(boolean assertFormats) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(Map.of(ID, SCHEMA_TEXT))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(assertFormats).build()));
    }

    private static List<Error> errors(SchemaRegistry registry, String fragment, JsonNode instance) {
        return registry.getSchema(SchemaLocation.of(ID + (fragment.isEmpty() ? "" : fragment))).validate(instance);
    }

    /** The instance location as a JSON Pointer, "" for the document itself. */
    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i));
        }
        return pointer.toString();
    }

    /** Sets (or, with null, removes) the value at a JSON Pointer whose parent exists. */
    private static void change(JsonNode document, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                assertThat(object.remove(last)).as(pointer).isNotNull();
            } else {
                object.set(last, value);
            }
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    private static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(path, node);
            fieldNames(node).forEach(name -> walk(node.get(name), path + "/" + name, visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        return object.propertyNames().stream().toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asString()));
        return strings;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(file.toAbsolutePath().toString(), e);
        }
    }
}
