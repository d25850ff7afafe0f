package fi.seloste.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes the newest of a quickly changing value (a field being typed): at most one write is queued at a time and
 * it takes the latest value when it runs, so typing never piles up work and the last keystroke is always written.
 */
public final class LatestValueWriter<T> {

    /** A write that may fail, like a store call. */
    @FunctionalInterface
    public interface Write<T> {
        void write(T value) throws Exception;
    }

    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Background background;
    private final Write<T> write;
    private final Runnable onSaved;
    private final Consumer<Throwable> onFailure;

    public LatestValueWriter(Background background, Write<T> write, Runnable onSaved, Consumer<Throwable> onFailure) {
        this.background = background;
        this.write = write;
        this.onSaved = onSaved;
        this.onFailure = onFailure;
    }

    public void submit(T value) {
        if (pending.getAndSet(value) == null) {
            background.call(() -> {
                T latest = pending.getAndSet(null);
                if (latest != null) {
                    write.write(latest);
                }
                return latest;
            }).onSuccess(saved -> onSaved.run()).onFailure(onFailure).start();
        }
    }
}
