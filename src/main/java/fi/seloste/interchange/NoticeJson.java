package fi.seloste.interchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import fi.seloste.domain.Notice;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notice as JSON. The canonical form (properties in the records' declaration order, map keys sorted, no white
 * space, ISO dates, UTF-8) is what a sign-off freezes and fingerprints, so the same content always gives the same
 * bytes and the same SHA-256. Records' properties are creator properties, which Jackson writes first in declaration
 * order even with alphabetical sorting on; signed files depend on that order, so it must not change.
 */
public final class NoticeJson {

    /** Version of the JSON form; raised whenever a field is added, renamed or removed. */
    public static final int FORMAT = 1;

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

    /** Reads JSON written by {@link #canonicalBytes}; throws Jackson's unchecked exception on malformed input. */
    public static Notice read(byte[] json) {
        return MAPPER.readValue(json, Notice.class);
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
