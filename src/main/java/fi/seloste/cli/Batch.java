package fi.seloste.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;

/**
 * Runs one job per input file, on a few threads, and reports each file on standard error as it finishes. A file
 * that fails is reported and skipped; the others go on.
 */
final class Batch {

    private static final Logger LOG = Logger.getLogger(Batch.class.getName());

    /** Does one file and returns a short line about what was done. */
    interface Job {
        String run(Path file) throws FileFailure, ClientFileException, IOException;
    }

    private final Cli cli;

    Batch(Cli cli) {
        this.cli = cli;
    }

    /** Returns how many files failed. */
    int run(List<Path> files, int threads, Job job) {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int total = files.size();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)), runnable -> {
            Thread thread = new Thread(runnable, "seloste-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Path file : files) {
                running.add(workers.submit(() -> {
                    String name = ClientFileName.displayName(file);
                    try {
                        String result = job.run(file);
                        cli.note("progress.ok", done.incrementAndGet(), total, name, result);
                    } catch (FileFailure | ClientFileException | IOException | RuntimeException e) {
                        failed.incrementAndGet();
                        cli.note("progress.failed", done.incrementAndGet(), total, name, reason(e, file));
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return failed.get();
    }

    private String reason(Exception e, Path file) {
        if (e instanceof FileFailure) {
            return e.getMessage();
        }
        if (e instanceof ClientFileException problem) {
            return Problems.describe(cli.text(), problem);
        }
        if (e instanceof IOException) {
            LOG.log(Level.WARNING, e, () -> "Writing for " + file + " failed");
            return cli.text().get("writeFailed", String.valueOf(e.getMessage()));
        }
        LOG.log(Level.SEVERE, e, () -> "Unexpected failure with " + file);
        return cli.text().get("unexpected", String.valueOf(e));
    }
}
