package fi.seloste.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts a signed notice's properties in the order the schema of its JSON form lists them, which is the order they
 * were signed in (docs/interchange.md): a reader may have them in any order, and the fingerprint is taken over the
 * compact form in this order. Each form keeps its own schema, so content signed in form 1 is checked against form
 * 1's order whatever today's records look like.
 */
final class SchemaOrder {

    private static final JsonNode FORM_1 = load(NoticeSchema.RESOURCE_1);
    private static final JsonNode FORM_2 = load(NoticeSchema.RESOURCE);

    private SchemaOrder() {
    }

    /** The notice tree of form {@code contentFormat} with every object's properties in its schema's order. */
    static JsonNode notice(JsonNode content, int contentFormat) {
        JsonNode schema = contentFormat == 1 ? FORM_1 : FORM_2;
        return ordered(content, schema.get("$defs").get("notice"), schema);
    }

    private static JsonNode ordered(JsonNode instance, JsonNode schema, JsonNode root) {
        JsonNode resolved = resolve(schema, instance, root);
        if (instance.isObject() && resolved != null && resolved.has("properties")) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            JsonNode properties = resolved.get("properties");
            for (String name : properties.propertyNames()) {
                if (instance.has(name)) {
                    copy.set(name, ordered(instance.get(name), properties.get(name), root));
                }
            }
            for (String name : instance.propertyNames()) {
                if (!copy.has(name)) {
                    copy.set(name, instance.get(name));
                }
            }
            return copy;
        }
        if (instance.isArray() && resolved != null && resolved.has("items")) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            instance.forEach(item -> copy.add(ordered(item, resolved.get("items"), root)));
            return copy;
        }
        return instance;
    }

    /** Follows $ref, and picks the object alternative of an anyOf such as {"anyOf": [{"$ref": …}, {"type": "null"}]}. */
    private static JsonNode resolve(JsonNode schema, JsonNode instance, JsonNode root) {
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

    private static JsonNode load(String resource) {
        try (InputStream in = Objects.requireNonNull(SchemaOrder.class.getResourceAsStream(resource), resource)) {
            return NoticeJson.mapper().readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
