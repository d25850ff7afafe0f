package fi.seloste.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * The interchange schemas as JSON trees, for walking a document along its schema: which schema describes a
 * property or an item, following {@code $ref}s and "object or null" alternatives.
 */
final class SchemaTree {

    private static final JsonNode FORM_1 = load(NoticeSchema.RESOURCE_1);
    private static final JsonNode FORM_2 = load(NoticeSchema.RESOURCE_2);
    private static final JsonNode FORM_3 = load(NoticeSchema.RESOURCE_3);
    private static final JsonNode CURRENT = load(NoticeSchema.RESOURCE);

    private SchemaTree() {
    }

    /** The whole schema of JSON form (or format version) {@code form}: 1, 2, 3, or 4 and anything newer. */
    static JsonNode of(int form) {
        return switch (form) {
            case 1 -> FORM_1;
            case 2 -> FORM_2;
            case 3 -> FORM_3;
            default -> CURRENT;
        };
    }

    /** The schema of a notice in form {@code form}. */
    static JsonNode notice(int form) {
        return of(form).get("$defs").get("notice");
    }

    /**
     * The schema that applies to {@code instance}: follows $ref, and picks the branch of an anyOf such as
     * {"anyOf": [{"$ref": …}, {"type": "null"}]} that is not the null one when the instance is not null.
     */
    static JsonNode resolve(JsonNode schema, JsonNode instance, JsonNode root) {
        if (schema == null) {
            return null;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/$defs/".length());
            return resolve(root.get("$defs").get(name), instance, root);
        }
        if (schema.has("anyOf") && !instance.isNull()) {
            for (JsonNode alternative : schema.get("anyOf")) {
                if (!"null".equals(alternative.path("type").asString(""))) {
                    return resolve(alternative, instance, root);
                }
            }
        }
        return schema;
    }

    /**
     * The schema of property {@code name} of {@code object}, described by the resolved {@code schema}: a "then"
     * whose "if" holds (the content of a sign-off with contentFormat 2 is a form 2 notice) before "properties".
     */
    static JsonNode property(JsonNode schema, JsonNode object, String name) {
        for (JsonNode condition : schema.path("allOf")) {
            JsonNode then = condition.path("then").path("properties").get(name);
            if (then != null && holds(condition.path("if"), object)) {
                return then;
            }
        }
        return schema.path("properties").get(name);
    }

    /** Whether every "const" in an "if" holds for the object; other keywords are not used in an "if" here. */
    private static boolean holds(JsonNode condition, JsonNode object) {
        for (Map.Entry<String, JsonNode> property : condition.path("properties").properties()) {
            JsonNode expected = property.getValue().get("const");
            if (expected == null || !expected.equals(object.get(property.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode load(String resource) {
        try (InputStream in = Objects.requireNonNull(SchemaTree.class.getResourceAsStream(resource), resource)) {
            return NoticeJson.mapper().readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
