package fi.seloste.interchange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical form of signed content, whose compact bytes its fingerprint is taken over (docs/interchange.md,
 * "Sign-offs and their fingerprints"): every object's properties in the order the schema of the content's JSON
 * form lists them, which is the order they were signed in; a reader may have them in any order. Each form keeps
 * its own schema, so content signed in form 1 is put in form 1's order whatever today's records look like.
 */
final class CanonicalForm {

    private CanonicalForm() {
    }

    /** The notice tree of form {@code contentFormat} in canonical order; the tree given is not changed. */
    static JsonNode notice(JsonNode content, int contentFormat) {
        return ordered(content, SchemaTree.notice(contentFormat), SchemaTree.of(contentFormat));
    }

    private static JsonNode ordered(JsonNode instance, JsonNode schema, JsonNode root) {
        JsonNode resolved = SchemaTree.resolve(schema, instance, root);
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
}
