package fi.seloste.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpandedCardsTest {

    private final ExpandedCards cards = new ExpandedCards();

    @Test
    void aCardIsOpenOnlyInItsOwnList() {
        cards.setOpen(1L, 2, true);
        assertThat(cards.isOpen(1L, 2)).isTrue();
        assertThat(cards.isOpen(2L, 2)).isFalse();
        assertThat(cards.isOpen(1L, 1)).isFalse();
        cards.setOpen(1L, 2, false);
        assertThat(cards.isOpen(1L, 2)).isFalse();
    }

    @Test
    void aRemovalClosesThatCardAndMovesTheLaterOnesUp() {
        cards.setOpen(1L, 0, true);
        cards.setOpen(1L, 2, true);
        cards.setOpen(1L, 3, true);
        cards.setOpen(2L, 3, true);

        cards.removed(1L, 2);

        assertThat(cards.isOpen(1L, 0)).isTrue();
        assertThat(cards.isOpen(1L, 1)).isFalse();
        assertThat(cards.isOpen(1L, 2)).as("the card that was fourth").isTrue();
        assertThat(cards.isOpen(1L, 3)).isFalse();
        assertThat(cards.isOpen(2L, 3)).as("another register's cards stay").isTrue();
    }

    @Test
    void anInsertMovesTheLaterOnesDown() {
        cards.setOpen(1L, 0, true);
        cards.setOpen(1L, 1, true);

        cards.inserted(1L, 1);

        assertThat(cards.isOpen(1L, 0)).isTrue();
        assertThat(cards.isOpen(1L, 1)).as("the card put back starts closed").isFalse();
        assertThat(cards.isOpen(1L, 2)).isTrue();
    }
}
