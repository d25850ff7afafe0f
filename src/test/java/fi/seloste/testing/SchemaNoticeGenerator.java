package fi.seloste.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import fi.seloste.domain.Notice;
import fi.seloste.interchange.NoticeJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random interchange files that pass the published JSON Schema, made by walking the schema Seloste itself checks
 * imports against (the copy on its class path): every property of every object, every enum value, null wherever the
 * schema allows it, arrays within their limits, strings from hostile pools (Finnish and Swedish letters,
 * right-to-left scripts, CJK, emoji with joiners, combining marks, every C0 control including NUL, line and
 * paragraph separators, astral and private-use characters, HTML metacharacters) within maxLength where the schema
 * sets one, and 0–3 signed versions whose content is bound into Seloste's records and fingerprinted as a sign-off
 * does ({@link NoticeJson#fingerprint}). The same seed always gives the same file.
 *
 * <p>As a main ({@code OUT_DIR COUNT [FIRST_SEED]}) it writes {@code fNNNN.json} files, so a bench script can also
 * run it as a single source file against a built image's jars:
 * {@code java -cp 'lib/app/*' SchemaNoticeGenerator.java out 200 1}.
 */
public final class SchemaNoticeGenerator {

    private static final String RESOURCE = "/fi/seloste/interchange/notice-interchange.schema.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEFAULT_MAX_ITEMS = 3;

    /** Text pools: each a list of code points or clusters a string is drawn from. */
    private static final List<List<String>> POOLS = List.of(
            clusters("abcdefghijklmnopqrstuvwxyzåäöÅÄÖABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789   .,-:;!?()"),
            clusters("Kundregister för fysioterapi åäö ÅÄÖ éü ß Œ œ"),
            clusters("שלום עולם ערב טוב"),
            clusters("مرحبا بالعالم السجل"),
            clusters("Привет мир Ελληνικά"),
            clusters("漢字かなカナ한국어中文"),
            clusters("ภาษาไทย हिन्दी"),
            List.of("🧖\u200D♀️", "👩\u200D👩\u200D👧\u200D👦", "🇫🇮", "🇸🇪", "👍🏽", "😀", "🚀"),
            List.of("e\u0301", "a\u030A", "o\u0308\u0332", "\u0301", "n\u0303"),
            controls(),
            List.of("\u2028", "\u2029", "\u00A0", "\u200B", "\u200D", "\u202E", "\u202D", "\u2066", "\u2069", "\uFEFF",
                    "\u0085", "\t", "\n", "\r\n"),
            List.of("𝕏", "𝔸", "𐍈", "😀", "\uDB80\uDC00", "\uE000", "\uF8FF", "\uDBFF\uDFFD", "\uFFFD"),
            List.of("<", ">", "&", "\"", "'", "`", "/", "\\", "<script>", "&amp;", "]]>", "<!--", "{{", "}}", "${"));

    private final JsonNode schema;
    private final Random random;
    private final List<String> notes = new ArrayList<>();
    /** One notice in ten has catalogue keys and ids of any length, as the probe's did; the others short ones. */
    private final boolean anyLengthKeys;

    private SchemaNoticeGenerator(JsonNode schema, long seed) {
        this.schema = schema;
        this.random = new Random(seed);
        this.anyLengthKeys = random.nextInt(10) == 0;
    }

    /** The schema on the class path: the one the Seloste under test checks imports against. */
    public static JsonNode classpathSchema() {
        try (InputStream in = SchemaNoticeGenerator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One generated interchange file. notes: what the generator could not do as the schema allowed, if anything. */
    public record Generated(long seed, byte[] json, int signedVersions, List<String> notes) {
    }

    public static Generated generate(JsonNode schema, long seed) {
        return new SchemaNoticeGenerator(schema, seed).document(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        long first = args.length > 2 ? Long.parseLong(args[2]) : 1;
        JsonNode schema = classpathSchema();
        for (long seed = first; seed < first + count; seed++) {
            Generated generated = generate(schema, seed);
            Files.write(out.resolve(String.format("f%04d.json", seed)), generated.json());
            for (String note : generated.notes()) {
                System.err.println("f" + seed + ": " + note);
            }
        }
    }

    /**
     * The notice with each register naming some of the notice's systems by key, as a real file does: a key the
     * schema allows but no system has is refused by the reader, which would leave little of the rest tested.
     */
    private ObjectNode linked(JsonNode generated) {
        ObjectNode notice = (ObjectNode) generated;
        List<String> keys = new ArrayList<>();
        notice.path("systems").forEach(system -> {
            String key = system.path("key").asString("");
            if (!keys.contains(key)) {
                keys.add(key);
            }
        });
        for (JsonNode register : notice.path("registers")) {
            if (register instanceof ObjectNode r && r.has("systemKeys")) {
                ArrayNode chosen = r.putArray("systemKeys");
                keys.stream().filter(k -> random.nextBoolean()).forEach(chosen::add);
            }
        }
        return notice;
    }

    private Generated document(long seed) {
        ObjectNode root = NODES.objectNode();
        root.put("format", schema.path("properties").path("format").path("const").asString());
        root.put("formatVersion", schema.path("properties").path("formatVersion").path("const").asInt());
        ObjectNode notice = linked(value(definition("notice"), "notice"));
        root.set("notice", notice);
        ArrayNode signOffs = root.putArray("signOffs");
        int versions = random.nextInt(4);
        Instant at = Instant.parse("2019-01-01T00:00:00Z").plusSeconds(random.nextInt(200_000_000));
        for (int v = 1; v <= versions; v++) {
            JsonNode content = random.nextInt(3) == 0 ? notice.deepCopy() : linked(value(definition("notice"), "signOffs[" + (v - 1) + "].content"));
            Notice bound;
            byte[] canonical;
            try {
                bound = NoticeJson.read(JSON.writeValueAsBytes(content));
                canonical = NoticeJson.canonicalBytes(bound);
            } catch (RuntimeException e) {
                notes.add("signOffs[" + (v - 1) + "].content is schema-valid but Seloste's records refuse it: " + e.getMessage());
                break;
            }
            at = at.plusSeconds(1 + random.nextInt(30_000_000));
            ObjectNode entry = signOffs.addObject();
            entry.put("version", v);
            entry.put("signedAt", instant(at));
            entry.put("signer", nonBlank(definition("signOff").path("properties").path("signer")));
            entry.set("signerRole", value(definition("signOff").path("properties").path("signerRole"), "signOffs[" + (v - 1) + "].signerRole"));
            entry.put("contentSha256", NoticeJson.fingerprint(bound));
            entry.put("contentFormat", NoticeJson.FORMAT);
            entry.set("content", JSON.readTree(canonical));
        }
        byte[] json = random.nextBoolean()
                ? JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root)
                : JSON.writeValueAsBytes(root);
        return new Generated(seed, json, signOffs.size(), List.copyOf(notes));
    }

    private JsonNode definition(String name) {
        JsonNode definition = schema.path("$defs").path(name);
        if (definition.isMissingNode()) {
            throw new IllegalStateException("The schema has no $defs/" + name);
        }
        return definition;
    }

    private JsonNode value(JsonNode node, String path) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asString();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return switch (name) {
                case "date" -> NODES.stringNode(date());
                case "instant" -> NODES.stringNode(instant(Instant.parse("2019-01-01T00:00:00Z").plusSeconds(random.nextInt(300_000_000))));
                case "sha256" -> NODES.stringNode(hex(64));
                default -> value(definition(name), path);
            };
        }
        if (node.has("const")) {
            return node.get("const").deepCopy();
        }
        if (node.has("enum")) {
            return pick(node.get("enum")).deepCopy();
        }
        if (node.has("anyOf") || node.has("oneOf")) {
            JsonNode choices = node.has("anyOf") ? node.get("anyOf") : node.get("oneOf");
            List<JsonNode> nonNull = new ArrayList<>();
            boolean nullAllowed = false;
            for (JsonNode choice : choices) {
                if ("null".equals(choice.path("type").asString(null))) {
                    nullAllowed = true;
                } else {
                    nonNull.add(choice);
                }
            }
            if (nullAllowed && (nonNull.isEmpty() || random.nextInt(4) == 0)) {
                return NODES.nullNode();
            }
            return value(nonNull.get(random.nextInt(nonNull.size())), path);
        }
        String type = type(node);
        return switch (type) {
            case "null" -> NODES.nullNode();
            case "object" -> object(node, path);
            case "array" -> array(node, path);
            case "string" -> NODES.stringNode(node.has("pattern") ? matching(node) : text(node));
            case "integer" -> NODES.numberNode(integer(node, path));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> throw new IllegalStateException(path + ": the generator does not know the schema type " + type);
        };
    }

    /** The node's type; of a union such as ["string", "null"], null one time in four. */
    private String type(JsonNode node) {
        JsonNode type = node.path("type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asString()));
            if (types.contains("null") && (types.size() == 1 || random.nextInt(4) == 0)) {
                return "null";
            }
            types.remove("null");
            return types.get(random.nextInt(types.size()));
        }
        if (type.isString()) {
            return type.asString();
        }
        return node.has("properties") ? "object" : "string";
    }

    private ObjectNode object(JsonNode node, String path) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            JsonNode schemaOfProperty = property.getValue();
            if (!anyLengthKeys && property.getKey().startsWith("catalog") && !schemaOfProperty.has("maxLength")) {
                // A catalogue key is an identifier: short, unless the schema or this notice says otherwise.
                schemaOfProperty = ((ObjectNode) schemaOfProperty.deepCopy()).put("maxLength", 40);
            }
            object.set(property.getKey(), value(schemaOfProperty, path + "." + property.getKey()));
        }
        if (path.endsWith("notice") || path.endsWith("content")) {
            renumberRegisters(object);
        }
        return object;
    }

    /** Register ids must differ within a notice, which the schema cannot say: distinct random ids. */
    private void renumberRegisters(ObjectNode notice) {
        JsonNode registers = notice.path("registers");
        Set<Long> used = new HashSet<>();
        for (JsonNode register : registers) {
            long id;
            do {
                id = 1 + random.nextInt(random.nextBoolean() ? 10 : 100_000);
            } while (!used.add(id));
            ((ObjectNode) register).put("id", id);
        }
    }

    private ArrayNode array(JsonNode node, String path) {
        JsonNode items = node.path("items");
        int min = node.path("minItems").asInt(0);
        // The schema's maxItems (50 registers, 200 systems each, …) bounds a list, but drawn evenly up to it nested
        // lists make notices of millions of nodes: mostly a few items, now and then more, never over the schema's.
        int drawn = random.nextInt(20) == 0 ? 8 : DEFAULT_MAX_ITEMS;
        int max = node.has("maxItems") ? Math.min(node.get("maxItems").asInt(), Math.max(drawn, min)) : drawn;
        boolean unique = node.path("uniqueItems").asBoolean(false);
        JsonNode enumeration = resolve(items).path("enum");
        if (unique && enumeration.isArray()) {
            // A set of enum values: a random subset in a random order (Seloste keeps sets in enum order).
            List<JsonNode> values = new ArrayList<>();
            enumeration.forEach(values::add);
            Collections.shuffle(values, random);
            int n = Math.min(values.size(), Math.min(max, min + random.nextInt(values.size() - min + 1)));
            ArrayNode array = NODES.arrayNode();
            values.subList(0, n).forEach(v -> array.add(v.deepCopy()));
            return array;
        }
        int n = min + random.nextInt(Math.max(1, max - min + 1));
        ArrayNode array = NODES.arrayNode();
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            JsonNode item = value(items, path + "[" + i + "]");
            if (unique && !seen.add(item)) {
                continue;
            }
            array.add(item);
        }
        return array;
    }

    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asString();
            return resolve(definition(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return node;
    }

    private long integer(JsonNode node, String path) {
        long min = node.has("minimum") ? node.get("minimum").asLong() : 0;
        long max = node.has("maximum") ? node.get("maximum").asLong() : min + 1_000;
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    /** A string from one to three of the pools, of a length that is mostly short and now and then long. */
    private String text(JsonNode node) {
        int minLength = node.path("minLength").asInt(0);
        int maxLength = node.has("maxLength") ? node.get("maxLength").asInt() : Integer.MAX_VALUE;
        int roll = random.nextInt(100);
        int length = roll < 8 ? 0 : roll < 60 ? random.nextInt(20) : roll < 88 ? 20 + random.nextInt(180)
                : roll < 98 ? 200 + random.nextInt(800) : 1000 + random.nextInt(4000);
        length = Math.max(minLength, Math.min(length, maxLength));
        List<List<String>> pools = new ArrayList<>();
        int howMany = 1 + random.nextInt(3);
        pools.add(POOLS.get(0));
        for (int i = 1; i < howMany; i++) {
            pools.add(POOLS.get(random.nextInt(POOLS.size())));
        }
        StringBuilder text = new StringBuilder();
        int codePoints = 0;
        while (codePoints < length) {
            List<String> pool = pools.get(random.nextInt(pools.size()));
            String piece = pool.get(random.nextInt(pool.size()));
            int pieceLength = piece.codePointCount(0, piece.length());
            if (codePoints + pieceLength > length) {
                piece = "x".repeat(length - codePoints);
                pieceLength = length - codePoints;
            }
            text.append(piece);
            codePoints += pieceLength;
        }
        return text.toString();
    }

    /** A string for a property with a pattern (other than the formats above): drawn until it matches. */
    private String matching(JsonNode node) {
        // In a JSON Schema (ECMA-262) "$" is the end of the text; in Java it also matches before a final line break.
        Pattern pattern = Pattern.compile(node.get("pattern").asString().replaceAll("(?<!\\\\)\\$$", "\\\\z"));
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = text(node);
            if (pattern.matcher(candidate).find()) {
                return candidate;
            }
        }
        notes.add("no random string matched the pattern " + pattern + "; used a plain one");
        return "x";
    }

    private String nonBlank(JsonNode node) {
        String text = node.has("pattern") ? matching(node) : text(node);
        return text.isBlank() ? "Allekirjoittaja " + text : text;
    }

    private String date() {
        return LocalDate.of(1970 + random.nextInt(130), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
    }

    /** An instant as the schema allows it: whole seconds or 3, 6 or 9 fraction digits. */
    private String instant(Instant at) {
        String seconds = at.toString().substring(0, 19);
        int digits = 3 * random.nextInt(4);
        if (digits == 0) {
            return seconds + "Z";
        }
        StringBuilder fraction = new StringBuilder(".");
        for (int i = 0; i < digits; i++) {
            fraction.append(random.nextInt(10));
        }
        return seconds + fraction + "Z";
    }

    private String hex(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return hex.toString();
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    private static List<String> clusters(String text) {
        return text.codePoints().mapToObj(c -> new String(Character.toChars(c))).toList();
    }

    private static List<String> controls() {
        List<String> controls = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            controls.add(String.valueOf(c));
        }
        controls.add("\u007F");
        return controls;
    }

}
