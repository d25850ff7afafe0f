package fi.seloste.seeds;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths into records such as {@code registers[0].purposes[1].description.fi}: record components by name, list
 * elements by index. Language variants need nothing special: they are the components of LocalizedText.
 */
final class RecordPath {

    private static final Pattern SEGMENT = Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)(?:\\[(\\d+)])?");

    private RecordPath() {
    }

    /** The value at path, which may be null; IllegalArgumentException says where the path stops resolving. */
    static Object resolve(Object root, String path) {
        Object value = root;
        String walked = "";
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad segment '" + segment + "' in " + path);
            }
            if (value == null) {
                throw new IllegalArgumentException(walked + " is null, so " + path + " does not resolve");
            }
            value = component(value, m.group(1), walked);
            walked = walked.isEmpty() ? m.group(1) : walked + "." + m.group(1);
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2));
                if (!(value instanceof List<?> list)) {
                    throw new IllegalArgumentException(walked + " is not a list");
                }
                if (index >= list.size()) {
                    throw new IllegalArgumentException(walked + " has " + list.size() + " elements, no [" + index + "]");
                }
                value = list.get(index);
                walked += "[" + index + "]";
            }
        }
        return value;
    }

    /**
     * Every leaf under root with its path: strings, enums, numbers, booleans, dates, and each element of a set or
     * other non-list collection (reported at the collection's path). Null values are skipped.
     */
    static void leaves(Object root, BiConsumer<String, Object> sink) {
        walk(root, "", sink);
    }

    private static void walk(Object value, String path, BiConsumer<String, Object> sink) {
        if (value == null) {
            return;
        }
        if (value instanceof Record) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                walk(read(value, c), path.isEmpty() ? c.getName() : path + "." + c.getName(), sink);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", sink);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> sink.accept(path, element));
        } else {
            sink.accept(path, value);
        }
    }

    private static Object component(Object record, String name, String walked) {
        if (!(record instanceof Record)) {
            throw new IllegalArgumentException((walked.isEmpty() ? "the root" : walked) + " is not a record, no ." + name);
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return read(record, c);
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component '" + name + "'"
                + (walked.isEmpty() ? "" : " (at " + walked + ")"));
    }

    private static Object read(Object record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }
}
