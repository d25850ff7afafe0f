package fi.seloste.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Every String a tree of records holds (the notice's owner text and URL-like fields, each LocalizedText's three
 * languages, catalogue keys, country codes), found and replaced by walking the records by reflection: a field added
 * to the domain later is covered without anyone remembering to list it.
 */
public final class RecordStrings {

    private RecordStrings() {
    }

    /** The path of every String in the tree, such as "notice.registers[0].systems[1].privacyUrl", in walk order. */
    public static List<String> paths(Object root, String rootName) {
        List<String> paths = new ArrayList<>();
        replace(root, rootName, (path, value) -> {
            paths.add(path);
            return value;
        });
        return paths;
    }

    /** The same tree with every String replaced by {@code replacement(path, value)}; nothing else changes. */
    @SuppressWarnings("unchecked")
    public static <T> T replace(T root, String rootName, BiFunction<String, String, String> replacement) {
        return (T) walk(root, rootName, replacement);
    }

    private static Object walk(Object value, String path, BiFunction<String, String, String> replacement) {
        if (value instanceof String text) {
            return replacement.apply(path, text);
        }
        if (value instanceof List<?> items) {
            List<Object> replaced = new ArrayList<>();
            int i = 0;
            for (Object item : items) {
                replaced.add(walk(item, path + "[" + i++ + "]", replacement));
            }
            return List.copyOf(replaced);
        }
        if (value instanceof Collection<?> items && items.stream().anyMatch(i -> i instanceof String || isRecord(i))) {
            throw new IllegalStateException(path + ": a set of texts or records, which this walk does not know how to rebuild");
        }
        if (!isRecord(value)) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                arguments[i] = walk(components[i].getAccessor().invoke(value), path + "." + components[i].getName(), replacement);
            }
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + path, e);
        }
    }

    private static boolean isRecord(Object value) {
        return value != null && value.getClass().isRecord();
    }
}
