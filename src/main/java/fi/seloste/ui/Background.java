package fi.seloste.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;

/**
 * The one thread that does Seloste's disk and database work, in the order it was asked for. Results and failures
 * come back on the FX thread. {@link #running()} counts unfinished jobs, for "saving…" indicators.
 */
public final class Background {

    private static final Logger LOG = Logger.getLogger(Background.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "seloste-disk");
        thread.setDaemon(true);
        return thread;
    });
    private final IntegerProperty running = new SimpleIntegerProperty();
    /** Held (exclusively) by each job while it runs; shared by {@link #besideDiskWork} readers. */
    private final java.util.concurrent.locks.ReadWriteLock diskLock = new java.util.concurrent.locks.ReentrantReadWriteLock();

    public <T> Job<T> call(Callable<T> work) {
        return new Job<>(work);
    }

    /**
     * Runs {@code work} on the caller's thread (never the FX thread) while none of this thread's jobs runs: for the
     * client overview's reads of files that a job may be creating, opening, saving or renaming (H2 shares one open
     * database per file within the process). Several readers may run at once; a job waits for them to finish.
     */
    public <T> T besideDiskWork(Callable<T> work) throws Exception {
        diskLock.readLock().lockInterruptibly();
        try {
            return work.call();
        } finally {
            diskLock.readLock().unlock();
        }
    }

    /**
     * Runs {@code work} on the caller's thread (never the FX thread) as if it were one of this thread's jobs: no job
     * and no {@link #besideDiskWork} reader runs meanwhile. For writing a new client file into a folder the client
     * overview reads.
     */
    public <T> T asDiskWork(Callable<T> work) throws Exception {
        diskLock.writeLock().lockInterruptibly();
        try {
            return work.call();
        } finally {
            diskLock.writeLock().unlock();
        }
    }

    public ReadOnlyIntegerProperty running() {
        return running;
    }

    /** Lets every queued job finish (so no edit is lost), then stops the thread. */
    public void finishAndStop(Duration timeout) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.severe("Disk work did not finish in " + timeout + "; some edits may not be saved");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One piece of background work with what to do on the FX thread when it ends. */
    public final class Job<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = value -> { };
        private Consumer<Throwable> onFailure = error -> LOG.log(Level.SEVERE, "Background work failed", error);

        private Job(Callable<T> work) {
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<T> action) {
            this.onSuccess = action;
            return this;
        }

        public Job<T> onFailure(Consumer<Throwable> action) {
            this.onFailure = action;
            return this;
        }

        public void start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> {
                running.set(running.get() - 1);
                onSuccess.accept(task.getValue());
            });
            task.setOnFailed(e -> {
                running.set(running.get() - 1);
                onFailure.accept(task.getException());
            });
            if (executor.isShutdown()) {
                LOG.severe("Disk work asked for after Seloste began to close; it is not done");
                return;
            }
            runOnFx(() -> running.set(running.get() + 1));
            executor.execute(() -> {
                diskLock.writeLock().lock();
                try {
                    task.run();
                } finally {
                    diskLock.writeLock().unlock();
                }
            });
        }
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
