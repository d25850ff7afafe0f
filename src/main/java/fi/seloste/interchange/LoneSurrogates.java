package fi.seloste.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A JSON string may escape half of a surrogate pair on its own ({@code "\ud800"}): valid JSON, but not a character.
 * UTF-8 cannot hold it, so a client file would keep "?" in its place; Seloste refuses it, with where it stands, in
 * every string and property name of the file.
 */
final class LoneSurrogates {

    private LoneSurrogates() {
    }

    /** Every string and property name holding a lone surrogate, at most {@link NoticeInterchange#MAX_PROBLEMS}. */
    static List<InterchangeProblem> find(JsonNode root, InterchangeMessages messages) {
        List<InterchangeProblem> problems = new ArrayList<>();
        if (root != null) {
            walk(root, new StringBuilder(), problems, messages);
        }
        return problems;
    }

    private static void walk(JsonNode node, StringBuilder path, List<InterchangeProblem> problems,
                             InterchangeMessages messages) {
        if (problems.size() >= NoticeInterchange.MAX_PROBLEMS) {
            return;
        }
        if (node.isString()) {
            report(node.asString(), path, problems, messages);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                int length = path.length();
                JsonPaths.appendName(path, property.getKey());
                report(property.getKey(), path, problems, messages);
                walk(property.getValue(), path, problems, messages);
                path.setLength(length);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                int length = path.length();
                JsonPaths.appendIndex(path, i);
                walk(node.get(i), path, problems, messages);
                path.setLength(length);
            }
        }
    }

    private static void report(String text, StringBuilder path, List<InterchangeProblem> problems,
                               InterchangeMessages messages) {
        int at = firstLone(text);
        if (at >= 0 && problems.size() < NoticeInterchange.MAX_PROBLEMS) {
            problems.add(new InterchangeProblem(path.toString(),
                    messages.text("loneSurrogate", String.format("\\u%04x", (int) text.charAt(at)))));
        }
    }

    /** The index of the first surrogate that is not half of a pair, or -1. */
    static int firstLone(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The text with each lone surrogate written as its escape, so that a path naming it can be printed. */
    static String escaped(String text) {
        if (firstLone(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
