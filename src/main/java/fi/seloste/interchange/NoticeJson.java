package fi.seloste.interchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import fi.seloste.domain.Notice;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notice as JSON. The canonical form (properties in the records' declaration order, map keys sorted, no white
 * space, ISO dates, UTF-8) is what a sign-off freezes and fingerprints. The signed bytes are kept as they were
 * signed, and the fingerprint is always taken over those bytes, never over a form written again from today's
 * records: so a version signed before a field was added still verifies. {@link #read(byte[], int)} reads content
 * of any form this Seloste knows into today's records.
 */
public final class NoticeJson {

    /** Version of the JSON form; raised whenever a field is added, renamed or removed. */
    public static final int FORMAT = 4;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private NoticeJson() {
    }

    public static byte[] canonicalBytes(Notice notice) {
        return MAPPER.writeValueAsBytes(notice);
    }

    /**
     * The canonical bytes the notice had in JSON form 2, while it can be written in that form (no Swedish or English
     * text in a field form 3 made translatable): what a client file upgraded to format 9 from format 7 or older has its checksum over.
     */
    public static java.util.Optional<byte[]> canonicalBytesOfForm2(Notice notice) {
        return OwnerTextsFormat3.form2CanonicalBytes(notice);
    }

    /** Reads JSON written by {@link #canonicalBytes}; throws Jackson's unchecked exception on malformed input. */
    public static Notice read(byte[] json) {
        return MAPPER.readValue(json, Notice.class);
    }

    /**
     * Reads signed content of JSON form {@code format} into today's records; throws Jackson's unchecked exception on
     * malformed input and IllegalArgumentException for a form newer than this Seloste's.
     */
    public static Notice readSigned(byte[] json, int format) {
        return switch (format) {
            case 1, 2, 3 -> MAPPER.treeToValue(upgradeSigned(MAPPER.readTree(json), format), Notice.class);
            case FORMAT -> read(json);
            default -> throw new IllegalArgumentException("Notice JSON form " + format + " is newer than this Seloste's " + FORMAT);
        };
    }

    /** The notice tree of a draft in form {@code format}, in today's form. */
    static JsonNode upgradeDraft(JsonNode notice, int format) {
        return upgrade(notice, format, false);
    }

    /** The notice tree of a signed version in form {@code format}, in today's form. */
    static JsonNode upgradeSigned(JsonNode notice, int format) {
        return upgrade(notice, format, true);
    }

    /** Each form's step in turn: 1 to 2, 2 to 3 (the owner's roles and names per language), 3 to 4 (shared sections). */
    private static JsonNode upgrade(JsonNode notice, int format, boolean signed) {
        JsonNode tree = toForm3(notice, format, signed);
        return format <= 3 ? SharedSectionsFormat4.upgrade(tree) : tree;
    }

    /** A notice tree of form 1, 2 or 3 in form 3 (changed in place); a tree of form 4 as it is. */
    static JsonNode toForm3(JsonNode notice, int format, boolean signed) {
        JsonNode tree = notice;
        if (format == 1) {
            tree = NoticeJsonFormat1.upgrade(tree, signed);
        }
        if (format <= 2) {
            tree = OwnerTextsFormat3.upgrade(tree);
        }
        return tree;
    }

    /** The compact bytes of a tree, its properties in the order they stand: how signed content is written. */
    static byte[] compactBytes(tools.jackson.databind.JsonNode tree) {
        return MAPPER.writer().without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(tree);
    }

    /** SHA-256 of the canonical bytes, lower-case hex: what a sign-off records as the content's fingerprint. */
    public static String fingerprint(Notice notice) {
        return sha256(canonicalBytes(notice));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static JsonMapper mapper() {
        return MAPPER;
    }
}
