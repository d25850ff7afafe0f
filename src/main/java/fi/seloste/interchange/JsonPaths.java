package fi.seloste.interchange;

import java.util.List;

import tools.jackson.core.JacksonException;

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

    static void appendName(StringBuilder path, String name) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(name);
    }

    static void appendIndex(StringBuilder path, int index) {
        path.append('[').append(index).append(']');
    }
}
