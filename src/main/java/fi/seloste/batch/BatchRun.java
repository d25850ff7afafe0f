package fi.seloste.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.clients.OpenInThisApp;

/**
 * One piece of batch work over client files (export, validate, print), done one file at a time: each file's job
 * stops at its next {@link Checkpoint} once the run (or that file) is cancelled, and a file not begun yet is not
 * begun. Every file ends in a {@link FileOutcome}; a file the app has open itself ({@link OpenInThisApp}) or that has
 * nothing for this work ({@link BatchSkipped}) is skipped, not failed. A failure's or a skip's reason is told by the
 * caller's {@code reasons}
 * (the app's ProblemText, the command line's messages). Whoever runs the files chooses the threads: the overview runs
 * each file as a JavaFX task of its own, {@link #runAll} runs them on a pool.
 */
public final class BatchRun<T> {

    private static final Logger LOG = Logger.getLogger(BatchRun.class.getName());

    /** The work on one client file. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Path file, Checkpoint checkpoint) throws Exception;
    }

    /** How far one file's work has got: documents done of its total. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /**
     * Called at each checkpoint before it looks whether to stop: tests hold a file there, so that a cancel comes at a
     * known point and not by timing.
     */
    @FunctionalInterface
    public interface Hook {
        Hook NONE = (file, done, total) -> { };

        void reached(Path file, int done, int total) throws InterruptedException;
    }

    private final Job<T> job;
    private final Function<Throwable, String> reasons;
    private final Hook hook;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public BatchRun(Job<T> job, Function<Throwable, String> reasons, Hook hook) {
        this.job = job;
        this.reasons = reasons;
        this.hook = hook;
    }

    /** Stops every file at its next checkpoint; the files not begun are not begun. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public FileOutcome<T> runOne(Path file, Progress progress) {
        return runOne(file, progress, () -> false);
    }

    /** Does one file; {@code fileCancelled} cancels this file alone. Never throws. */
    public FileOutcome<T> runOne(Path file, Progress progress, BooleanSupplier fileCancelled) {
        if (cancelled.get() || fileCancelled.getAsBoolean()) {
            return FileOutcome.cancelled(file);
        }
        Checkpoint checkpoint = (done, total) -> {
            progress.update(done, total);
            try {
                hook.reached(file, done, total);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BatchCancelled();
            }
            if (cancelled.get() || fileCancelled.getAsBoolean()) {
                throw new BatchCancelled();
            }
        };
        try {
            return FileOutcome.done(file, job.run(file, checkpoint));
        } catch (BatchCancelled e) {
            return FileOutcome.cancelled(file);
        } catch (BatchSkipped e) {
            return FileOutcome.skipped(file, e.getMessage());
        } catch (BatchFailure e) {
            return FileOutcome.failed(file, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileOutcome.cancelled(file);
        } catch (Exception | LinkageError | AssertionError e) {
            if (openInThisApp(e)) {
                return FileOutcome.skipped(file, reasons.apply(e));
            }
            LOG.log(Level.WARNING, e, () -> "Batch work on " + file + " failed");
            return FileOutcome.failed(file, reasons.apply(e));
        }
    }

    /** The app has the file open itself: the gate refused it, and the read failure says why (docs/decisions/0026). */
    private static boolean openInThisApp(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenInThisApp) {
                return true;
            }
        }
        return false;
    }

    /** Does every file on at most {@code threads} threads; the outcomes in the files' order. */
    public List<FileOutcome<T>> runAll(List<Path> files, int threads) throws InterruptedException {
        if (files.isEmpty()) {
            return List.of();
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), runnable -> {
            Thread thread = new Thread(runnable, "seloste-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileOutcome<T>>> running = new ArrayList<>();
            for (Path file : files) {
                running.add(workers.submit(() -> runOne(file, Progress.NONE)));
            }
            List<FileOutcome<T>> outcomes = new ArrayList<>();
            for (Future<FileOutcome<T>> future : running) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }
}
