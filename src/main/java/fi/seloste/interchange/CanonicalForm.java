package fi.seloste.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical form of signed content, whose compact bytes its fingerprint is taken over (docs/interchange.md,
 * "Sign-offs and their fingerprints"): every object's properties in the order the schema of the content's JSON
 * form lists them, and every set in the order its enum lists the constants. A set is an array whose schema says
 * {@code uniqueItems} and whose items are constants of an enum: the notice's {@code settings.languages} and a
 * register's {@code security.measures}. Its order carries no meaning, so a producer may write {@code ["EN","FI"]};
 * the canonical form has {@code ["FI","EN"]}, the order Seloste keeps. Every other array keeps the order it has.
 * Each form keeps its own schema, so content signed in form 1 is put in form 1's order whatever today's records
 * look like.
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
            List<JsonNode> items = new ArrayList<>();
            instance.forEach(item -> items.add(ordered(item, resolved.get("items"), root)));
            if (resolved.path("uniqueItems").asBoolean(false)) {
                inEnumOrder(items, resolved.get("items"), root);
            }
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            items.forEach(copy::add);
            return copy;
        }
        return instance;
    }

    /** Sorts a set's items by their constant's place in the enum; anything else stays after them, in its order. */
    private static void inEnumOrder(List<JsonNode> items, JsonNode itemSchema, JsonNode root) {
        JsonNode constants = SchemaTree.resolve(itemSchema, JsonNodeFactory.instance.stringNode(""), root).get("enum");
        if (constants == null) {
            return;
        }
        List<String> order = new ArrayList<>();
        constants.forEach(constant -> order.add(constant.asString()));
        items.sort(Comparator.comparingInt(item -> {
            int place = item.isString() ? order.indexOf(item.asString()) : -1;
            return place < 0 ? order.size() : place;
        }));
    }
}
