package fi.seloste.ui.wizard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import fi.seloste.domain.NoticeStep;

/**
 * What the owner removed, newest first, each with the way to bring it back: a register, a purpose, a system, a
 * recipient, a data item… Undo brings back the newest, so several removals come back in reverse order. No JavaFX:
 * the banner and Ctrl+Z (UndoBar) only read and call this.
 */
final class Removals {

    /** How many removals can be undone; older ones are forgotten. */
    static final int KEPT = 50;

    /**
     * One removal: the sentence that tells the owner what went, the step (and register, or null) it was removed
     * from, and what puts it back.
     */
    record Removal(String message, NoticeStep step, Long registerId, Runnable restore) {
    }

    private final Deque<Removal> removed = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    void remember(Removal removal) {
        removed.push(removal);
        while (removed.size() > KEPT) {
            removed.removeLast();
        }
        changed();
    }

    Optional<Removal> last() {
        return Optional.ofNullable(removed.peek());
    }

    boolean isEmpty() {
        return removed.isEmpty();
    }

    /** Brings back the newest removal and forgets it; nothing when there is none. */
    Optional<Removal> undoLast() {
        Removal last = removed.poll();
        if (last == null) {
            return Optional.empty();
        }
        last.restore().run();
        changed();
        return Optional.of(last);
    }

    /** Called after each change, on the thread that made it. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
