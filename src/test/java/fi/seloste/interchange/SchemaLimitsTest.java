package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.seloste.domain.Language;
import fi.seloste.domain.ListLimit;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeLimits;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.TextLimit;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.LimitNotices;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interchange schema and the domain name the same limit for every value (docs/decisions/0016), so that what
 * the schema lets through the store and the export can take, and an import over a limit is refused by the schema
 * check with the value's path and a message in the reader's language.
 */
class SchemaLimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode SCHEMA = read(Path.of("docs", "schemas", "notice-interchange.schema.json"));
    private static final JsonNode DEFS = SCHEMA.get("$defs");

    @Test
    void everyStringInTheSchemaHasAMaxLengthAndEveryArrayAMaxItems() {
        List<String> unbounded = new ArrayList<>();
        walk(SCHEMA, "", (path, node) -> {
            List<String> types = types(node);
            if (types.contains("string") && !node.has("maxLength")) {
                unbounded.add(path + " (maxLength)");
            }
            if (types.contains("array") && !node.has("maxItems")) {
                unbounded.add(path + " (maxItems)");
            }
            if (types.contains("integer") && !node.has("maximum") && !node.has("const")) {
                unbounded.add(path + " (maximum)");
            }
        });

        assertThat(unbounded).isEmpty();
    }

    @Test
    void theSchemaNamesTheDomainsLimitForEveryValueOfANotice() {
        Map<String, Integer> domain = new TreeMap<>();
        NoticeLimits.walk(LimitNotices.everyValue(limit -> "x"), new NoticeLimits.Visitor() {
            @Override
            public void text(String path, NoticeStep step, Register register, TextLimit limit, String value) {
                domain.put(general(path), limit.max());
            }

            @Override
            public void list(String path, NoticeStep step, Register register, ListLimit limit, int size) {
                domain.put(general(path), limit.max());
            }
        });
        Map<String, Integer> schema = new TreeMap<>();
        limitsOf(DEFS.get("notice"), "notice", schema);

        assertThat(schema).isEqualTo(domain);
    }

    @Test
    void theEnvelopeAndTheSignOffsHaveTheDomainsLimits() {
        JsonNode signOff = DEFS.get("signOff").get("properties");

        assertThat(SCHEMA.get("properties").get("signOffs").get("maxItems").asInt()).isEqualTo(ListLimit.SIGNED_VERSIONS.max());
        assertThat(signOff.get("version").get("maximum").asInt()).isEqualTo(ListLimit.SIGNED_VERSIONS.max());
        assertThat(signOff.get("signer").get("maxLength").asInt()).isEqualTo(TextLimit.NAME.max());
        assertThat(signOff.get("signerRole").get("$ref").asString()).isEqualTo("#/$defs/localizedName");
        assertThat(DEFS.get("localizedName").at("/properties/fi/maxLength").asInt()).isEqualTo(TextLimit.NAME.max());
        assertThat(DEFS.get("register").get("properties").get("id").get("maximum").asLong())
                .isEqualTo(ListLimit.HIGHEST_REGISTER_ID);
    }

    /** The short form of an owner's text is the long form with another limit, so a reader can treat them alike. */
    @Test
    void aLocalizedNameIsALocalizedTextWithTheLimitOfAName() {
        ObjectNode name = (ObjectNode) DEFS.get("localizedName").deepCopy();
        ObjectNode text = (ObjectNode) DEFS.get("localizedText").deepCopy();
        for (ObjectNode form : List.of(name, text)) {
            form.remove("description");
            form.get("properties").forEach(language -> ((ObjectNode) language).remove(List.of("description", "maxLength")));
        }

        assertThat(name).isEqualTo(text);
        DEFS.get("localizedName").get("properties").forEach(language ->
                assertThat(language.get("maxLength").asInt()).isEqualTo(TextLimit.NAME.max()));
        DEFS.get("localizedText").get("properties").forEach(language ->
                assertThat(language.get("maxLength").asInt()).isEqualTo(TextLimit.TEXT.max()));
    }

    @Test
    void aNoticeWithEveryValueAtItsLimitImports() throws InterchangeException {
        Notice atLimit = LimitNotices.everyValue(limit -> LimitNotices.astral(limit.max()));

        InterchangeDocument read = NoticeInterchange.read(
                NoticeInterchange.write(new InterchangeDocument(atLimit, List.of())), Language.FI);

        assertThat(read.notice()).isEqualTo(atLimit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FI | notice.controller.name: saa olla enintään 300 merkkiä pitkä",
            "SV | notice.controller.name: får vara högst 300 tecken lång",
            "EN | notice.controller.name: must be at most 300 characters long"})
    void aNameOverItsLimitIsRefusedWithItsPathInTheReadersLanguage(Language language, String expected) {
        Notice notice = SeedNotices.physiotherapy();
        Notice tooLong = notice.withController(notice.controller().withName("N".repeat(301)));

        InterchangeException refused = refused(tooLong, language);

        assertThat(refused.problems()).extracting(InterchangeProblem::toString).containsExactly(expected);
    }

    @Test
    void aDescriptionOverItsLimitIsRefusedWithItsPath() {
        Notice notice = SeedNotices.physiotherapy();
        Register first = notice.registers().get(0);
        String description = LimitNotices.prose(TextLimit.TEXT.max() + 1);
        Notice tooLong = withRegisters(notice, List.of(first.toBuilder()
                .description(first.description().with(Language.SV, description)).build()));

        assertThat(refused(tooLong, Language.FI).problems()).extracting(InterchangeProblem::toString)
                .containsExactly("notice.registers[0].description.sv: saa olla enintään "
                        + java.text.NumberFormat.getIntegerInstance(Language.FI.locale()).format(10_000) + " merkkiä pitkä");
    }

    /** Probe M2: 49 generated notices had a catalogue key over 64 characters, which the column cannot hold. */
    @Test
    void aCatalogueKeyOverItsLimitIsRefusedByTheSchemaNotByTheStore() {
        Notice notice = SeedNotices.physiotherapy();
        Register first = notice.registers().get(0);
        var categories = new ArrayList<>(first.dataCategories());
        categories.set(0, new fi.seloste.domain.DataCategory("k".repeat(65), categories.get(0).label(), null, null));
        Notice tooLong = withRegisters(notice, List.of(first.toBuilder().dataCategories(categories).build()));

        assertThat(refused(tooLong, Language.EN).problems()).extracting(InterchangeProblem::toString)
                .containsExactly("notice.registers[0].dataCategories[0].catalogKey: must be at most 32 characters long");
    }

    @Test
    void moreRegistersThanTheLimitAreRefused() {
        List<Register> registers = new ArrayList<>();
        for (int i = 1; i <= ListLimit.REGISTERS.max() + 1; i++) {
            registers.add(Register.empty(i, RegisterTemplate.BLANK, LocalizedText.finnish("Rekisteri " + i)));
        }

        assertThat(refused(withRegisters(Notice.EMPTY, registers), Language.FI).problems())
                .extracting(InterchangeProblem::toString)
                // Refused by the reader before the schema check, in one problem, without reading the 51 registers.
                .containsExactly("notice.registers: luettelossa on 51 kohtaa; enintään 50 sallitaan");
    }

    /** Probe M2: register id 9223372036854775807 passed the schema and then overflowed the id counter. */
    @ParameterizedTest
    @CsvSource({"9007199254740992", "9223372036854775807"})
    void aRegisterIdAboveTheLimitIsRefusedByTheSchema(long id) {
        Notice notice = withRegisters(Notice.EMPTY, List.of(Register.empty(id, RegisterTemplate.BLANK,
                LocalizedText.finnish("Asiakkaat"))));

        assertThat(refused(notice, Language.EN).problems()).extracting(InterchangeProblem::path)
                .containsExactly("notice.registers[0].id");
    }

    @Test
    void theHighestRegisterIdImports() throws InterchangeException {
        Notice notice = withRegisters(Notice.EMPTY, List.of(Register.empty(ListLimit.HIGHEST_REGISTER_ID,
                RegisterTemplate.BLANK, LocalizedText.finnish("Asiakkaat"))));

        assertThat(NoticeInterchange.read(NoticeInterchange.write(new InterchangeDocument(notice, List.of())), Language.FI)
                .notice()).isEqualTo(notice);
    }

    /** Format 1's schema has no limits; the reader holds them all the same, so no door is left open (probe M3). */
    @Test
    void aFormat1FileOverALimitIsRefusedWithThePathAndTheLimit() throws Exception {
        String v1;
        try (var in = java.util.Objects.requireNonNull(
                getClass().getResourceAsStream("/fi/seloste/interchange/format1-physiotherapy.json"))) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String tooLong = v1.replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \"" + "N".repeat(301) + "\"");
        assertThat(tooLong).isNotEqualTo(v1);

        InterchangeException e = catchThrowableOfType(InterchangeException.class,
                () -> NoticeInterchange.read(tooLong.getBytes(StandardCharsets.UTF_8), Language.EN));

        assertThat(e.problems()).extracting(InterchangeProblem::toString)
                .containsExactly("notice.controller.name: must be at most 300 characters long, but has 301");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static InterchangeException refused(Notice notice, Language language) {
        byte[] json = NoticeInterchange.write(new InterchangeDocument(notice, List.of()));
        assertThatThrownBy(() -> NoticeInterchange.read(json, language)).isInstanceOf(InterchangeException.class);
        return catchThrowableOfType(InterchangeException.class, () -> NoticeInterchange.read(json, language));
    }

    private static Notice withRegisters(Notice notice, List<Register> registers) {
        return Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), notice.dataProtectionOfficer(), notice.settings(),
                registers);
    }

    /** notice.registers[3].name.fi → notice.registers[].name.fi */
    private static String general(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    /** The maxLength of every string and the maxItems of every array under a schema node, by general path. */
    private static void limitsOf(JsonNode node, String path, Map<String, Integer> limits) {
        if (node.has("$ref")) {
            String name = node.get("$ref").asString().substring("#/$defs/".length());
            if (!List.of("date", "instant", "sha256").contains(name)) {
                limitsOf(DEFS.get(name), path, limits);
            }
            return;
        }
        if (node.has("anyOf")) {
            node.get("anyOf").forEach(alternative -> limitsOf(alternative, path, limits));
            return;
        }
        List<String> types = types(node);
        if (types.contains("object")) {
            for (String name : node.get("properties").propertyNames()) {
                limitsOf(node.get("properties").get(name), path + "." + name, limits);
            }
        } else if (types.contains("array")) {
            limits.put(path, node.get("maxItems").asInt());
            limitsOf(node.get("items"), path + "[]", limits);
        } else if (types.contains("string")) {
            limits.put(path, node.get("maxLength").asInt());
        }
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isString()) {
            types.add(type.asString());
        } else if (type != null) {
            type.forEach(t -> types.add(t.asString()));
        }
        return types;
    }

    private interface NodeVisitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, NodeVisitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            for (String name : node.propertyNames()) {
                walk(node.get(name), path + "/" + name, visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
