package fi.seloste.interchange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/** Paths into a JSON document as people read them: {@code notice.registers[0].name.fi}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                appendName(path, reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                appendIndex(path, reference.getIndex());
            }
        }
        return path.toString();
    }

    /** Where a parser is: the property or item it has come to, in every object and array around it. */
    static String of(TokenStreamContext context) {
        Deque<TokenStreamContext> outermostFirst = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            outermostFirst.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext c : outermostFirst) {
            if (c.inObject() && c.currentName() != null) {
                appendName(path, c.currentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                appendIndex(path, c.getCurrentIndex());
            }
        }
        return path.toString();
    }

    static void appendName(StringBuilder path, String name) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(LoneSurrogates.escaped(name));
    }

    static void appendIndex(StringBuilder path, int index) {
        path.append('[').append(index).append(']');
    }
}
