package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Copies of immutable lists with one item changed, added, removed or put back. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    static <T> List<T> add(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    static <T> List<T> remove(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** A copy with the item put back at the index, or at the end when the list has become shorter since. */
    static <T> List<T> insert(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.min(Math.max(index, 0), copy.size()), item);
        return copy;
    }
}
