package fi.seloste.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Lists longer than the schema allows ({@code maxItems}), found before the schema is checked. The validator would
 * look at every item of a list of a million and could report a problem for each; a list over its limit is refused
 * as that, in one problem, and its items are not looked at.
 */
final class OversizedLists {

    private OversizedLists() {
    }

    static List<InterchangeProblem> find(JsonNode document, int formatVersion, InterchangeMessages messages) {
        List<InterchangeProblem> problems = new ArrayList<>();
        JsonNode root = SchemaTree.of(formatVersion);
        walk(document, root, root, new StringBuilder(), problems, messages);
        return problems;
    }

    private static void walk(JsonNode instance, JsonNode schema, JsonNode root, StringBuilder path,
                             List<InterchangeProblem> problems, InterchangeMessages messages) {
        JsonNode resolved = SchemaTree.resolve(schema, instance, root);
        if (resolved == null || problems.size() >= NoticeInterchange.MAX_PROBLEMS) {
            return;
        }
        if (instance.isObject()) {
            for (Map.Entry<String, JsonNode> property : instance.properties()) {
                JsonNode propertySchema = SchemaTree.property(resolved, instance, property.getKey());
                if (propertySchema != null) {
                    int length = path.length();
                    JsonPaths.appendName(path, property.getKey());
                    walk(property.getValue(), propertySchema, root, path, problems, messages);
                    path.setLength(length);
                }
            }
        } else if (instance.isArray()) {
            JsonNode maxItems = resolved.get("maxItems");
            if (maxItems != null && instance.size() > maxItems.asLong()) {
                problems.add(new InterchangeProblem(path.toString(),
                        messages.text("tooManyItems", instance.size(), maxItems.asLong())));
                return;
            }
            JsonNode items = resolved.get("items");
            for (int i = 0; items != null && i < instance.size(); i++) {
                int length = path.length();
                JsonPaths.appendIndex(path, i);
                walk(instance.get(i), items, root, path, problems, messages);
                path.setLength(length);
            }
        }
    }
}
