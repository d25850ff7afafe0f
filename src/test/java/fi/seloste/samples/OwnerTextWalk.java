package fi.seloste.samples;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;

/**
 * Every {@link LocalizedText} a notice holds, wherever it sits in the records: owner text and the catalogue's labels
 * alike, with the path it was found at. Walking the records rather than a hand-made list means a text added to the
 * domain later is covered without anyone remembering to list it.
 */
final class OwnerTextWalk {

    record Found(String path, LocalizedText text) {
    }

    private OwnerTextWalk() {
    }

    static List<Found> texts(Notice notice) {
        List<Found> found = new ArrayList<>();
        walk("notice", notice, found);
        return found;
    }

    private static void walk(String path, Object value, List<Found> found) {
        if (value instanceof LocalizedText text) {
            found.add(new Found(path, text));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(path + "[" + i++ + "]", item, found);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    walk(path + "." + component.getName(), component.getAccessor().invoke(value), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + path + "." + component.getName(), e);
                }
            }
        }
    }
}
