package fi.seloste.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.NoticeStep;
import fi.seloste.ui.wizard.Removals.Removal;
import org.junit.jupiter.api.Test;

class RemovalsTest {

    private final List<String> list = new ArrayList<>(List.of("a", "b", "c", "d"));
    private final Removals removals = new Removals();

    /** Removes the item at the index the way a step does, remembering how to put it back where it was. */
    private void remove(int index) {
        String item = list.remove(index);
        removals.remember(new Removal("Removed " + item, NoticeStep.PURPOSES, 7L, () -> list.add(index, item)));
    }

    @Test
    void undoPutsTheItemBackWhereItWas() {
        remove(1);
        assertThat(list).containsExactly("a", "c", "d");

        assertThat(removals.undoLast()).map(Removal::message).contains("Removed b");
        assertThat(list).containsExactly("a", "b", "c", "d");
        assertThat(removals.isEmpty()).isTrue();
    }

    @Test
    void severalRemovalsComeBackInReverseOrder() {
        remove(3);
        remove(0);
        remove(1);
        assertThat(list).containsExactly("b");
        assertThat(removals.last()).map(Removal::message).contains("Removed c");

        assertThat(removals.undoLast()).map(Removal::message).contains("Removed c");
        assertThat(list).containsExactly("b", "c");
        assertThat(removals.undoLast()).map(Removal::message).contains("Removed a");
        assertThat(list).containsExactly("a", "b", "c");
        assertThat(removals.undoLast()).map(Removal::message).contains("Removed d");
        assertThat(list).containsExactly("a", "b", "c", "d");
    }

    @Test
    void undoWithNothingRemovedDoesNothing() {
        assertThat(removals.undoLast()).isEmpty();
        assertThat(removals.last()).isEmpty();
        assertThat(list).containsExactly("a", "b", "c", "d");
    }

    @Test
    void onlyTheNewestRemovalsAreKept() {
        List<Integer> restored = new ArrayList<>();
        for (int i = 0; i < Removals.KEPT + 5; i++) {
            int n = i;
            removals.remember(new Removal("Removed " + n, NoticeStep.SYSTEMS, null, () -> restored.add(n)));
        }
        for (int i = 0; i < Removals.KEPT + 5; i++) {
            removals.undoLast();
        }
        assertThat(restored).hasSize(Removals.KEPT).startsWith(Removals.KEPT + 4).endsWith(5);
    }

    @Test
    void listenersHearEachRememberAndUndo() {
        List<String> heard = new ArrayList<>();
        removals.onChange(() -> heard.add(removals.last().map(Removal::message).orElse("none")));
        remove(0);
        remove(0);
        removals.undoLast();
        removals.undoLast();
        assertThat(heard).containsExactly("Removed a", "Removed b", "Removed a", "none");
    }
}
