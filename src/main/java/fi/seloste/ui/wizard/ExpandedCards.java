package fi.seloste.ui.wizard;

import java.util.HashSet;
import java.util.Set;

/**
 * Which cards of a list are open for editing, by their place in the list. It outlives the step page, which is
 * built again after each add or remove, and follows a removal or an undo so that each open card stays open.
 */
final class ExpandedCards {

    private record Place(Object list, int index) {
    }

    private final Set<Place> open = new HashSet<>();

    boolean isOpen(Object list, int index) {
        return open.contains(new Place(list, index));
    }

    void setOpen(Object list, int index, boolean value) {
        if (value) {
            open.add(new Place(list, index));
        } else {
            open.remove(new Place(list, index));
        }
    }

    /** The card at the index was removed: it closes and the cards after it move up one place. */
    void removed(Object list, int index) {
        shift(list, index, -1);
    }

    /** A card was put back at the index: the cards from there move down one place. */
    void inserted(Object list, int index) {
        shift(list, index, +1);
    }

    private void shift(Object list, int index, int by) {
        Set<Place> next = new HashSet<>();
        for (Place p : open) {
            if (!p.list().equals(list) || p.index() < index) {
                next.add(p);
            } else if (p.index() > index || by > 0) {
                next.add(new Place(list, p.index() + by));
            }
        }
        open.clear();
        open.addAll(next);
    }
}
