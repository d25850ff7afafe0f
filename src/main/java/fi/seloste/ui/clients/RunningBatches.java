package fi.seloste.ui.clients;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.ui.I18n;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/**
 * The overview's batch work as the rest of the application sees it: whether any runs, and stopping it with word once
 * every file being worked on has stopped at its checkpoint. Closing the overview and quitting Seloste both ask here.
 * It outlives an overview window: one closed while its batch stops (the UI language changed) is still waited for.
 * FX thread only.
 */
public final class RunningBatches {

    private final List<ClientBatch> batches = new ArrayList<>();
    /** Quitting was confirmed and waits for the files to stop: nothing asks again. */
    private boolean quitting;

    /** A batch of an overview window, followed until it is closed and has stopped. */
    void add(ClientBatch batch) {
        batches.removeIf(b -> b.isClosed() && !b.running().get());
        batches.add(batch);
        batch.running().addListener((o, was, now) -> {
            if (!now && batch.isClosed()) {
                batches.remove(batch);
            }
        });
    }

    public boolean anyRunning() {
        return batches.stream().anyMatch(b -> b.running().get());
    }

    /** Quitting is confirmed and waits for the files being worked on to stop. */
    boolean quitting() {
        return quitting;
    }

    /**
     * Quitting Seloste: at once when no batch runs; else asks as closing the overview does. Yes cancels the rest
     * (each file stops at its next document and leaves nothing half-written) and quits once they have stopped,
     * without holding up the window meanwhile; No quits nothing and the batch goes on.
     */
    public void quitAsking(Window owner, I18n i18n, Runnable quit) {
        if (quitting) {
            return;
        }
        if (!anyRunning()) {
            quit.run();
            return;
        }
        if (!BatchDialogs.quitWhileRunning(owner, i18n)) {
            return;
        }
        quitting = true;
        // Ended while the question was open: quits at once.
        stopThen(List.copyOf(batches), quit);
    }

    /** Cancels this batch and runs {@code stopped} once its files have stopped (at once if it does not run). */
    void stopThen(ClientBatch batch, Runnable stopped) {
        stopThen(List.of(batch), stopped);
    }

    private static void stopThen(List<ClientBatch> which, Runnable stopped) {
        List<ClientBatch> left = new ArrayList<>(which.stream().filter(b -> b.running().get()).toList());
        if (left.isEmpty()) {
            stopped.run();
            return;
        }
        for (ClientBatch batch : List.copyOf(left)) {
            batch.running().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        batch.running().removeListener(this);
                        left.remove(batch);
                        if (left.isEmpty()) {
                            stopped.run();
                        }
                    }
                }
            });
            batch.cancel();
        }
    }
}
