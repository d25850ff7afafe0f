package fi.seloste.clients;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import fi.seloste.store.ClientFileProblem;

/**
 * Summaries of client files through the {@link ClientIndex}: a file whose size and modification time are unchanged
 * is not opened; the others are read, only to read them, a few at a time, and the index is brought up to date.
 * Shared by {@code seloste list} and the client overview.
 */
public final class ClientScanner {

    private final ClientIndex index;
    private final Clock clock;
    private final int threads;
    private final Gate gate;

    /**
     * Around each read of a client file: the app keeps its reads from overlapping its own disk work, and refuses
     * ({@link OpenInThisApp}) a file it has open itself.
     */
    public interface Gate {
        Gate NONE = new Gate() {
            @Override
            public <T> T around(Path file, Callable<T> read) throws Exception {
                return read.call();
            }

            @Override
            public <T> T aroundWrite(Path file, Callable<T> write) throws Exception {
                return write.call();
            }
        };

        <T> T around(Path file, Callable<T> read) throws Exception;

        /** Around writing a new client file into a scanned folder: no read runs meanwhile. */
        <T> T aroundWrite(Path file, Callable<T> write) throws Exception;
    }

    public ClientScanner(ClientIndex index, Clock clock) {
        this(index, clock, Gate.NONE);
    }

    public ClientScanner(ClientIndex index, Clock clock, Gate gate) {
        this(index, clock, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), gate);
    }

    ClientScanner(ClientIndex index, Clock clock, int threads, Gate gate) {
        this.index = index;
        this.clock = clock;
        this.threads = threads;
        this.gate = gate;
    }

    /** Writes a new client file (a copy from a model client) through the gate: no read of the scans meanwhile. */
    public <T> T writeThroughGate(Path model, Callable<T> work) throws Exception {
        return gate.aroundWrite(model.toAbsolutePath().normalize(), work);
    }

    /** A folder that could not be listed, and why. */
    public record FolderProblem(Path folder, boolean missing, String reason) {
    }

    /**
     * The summaries of every client file in the folders, by folder then name, the folders that failed, and the files
     * left closed as asked.
     */
    public record Scan(List<ClientSummary> summaries, List<FolderProblem> folderProblems, List<Path> leftClosed) {
    }

    public Scan scan(List<Path> folders) throws InterruptedException {
        return scan(folders, file -> false);
    }

    /**
     * As {@link #scan(List)}; a file {@code leaveClosed} accepts is not opened (this app is editing it, and a second
     * connection to it from the same process would get in the way of its saves).
     */
    public Scan scan(List<Path> folders, java.util.function.Predicate<Path> leaveClosed) throws InterruptedException {
        List<Path> files = new ArrayList<>();
        List<FolderProblem> problems = new ArrayList<>();
        List<Path> listed = new ArrayList<>();
        for (Path folder : folders) {
            try {
                files.addAll(ClientFolder.clientFiles(folder));
                listed.add(folder);
            } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
                problems.add(new FolderProblem(folder, true, String.valueOf(e.getMessage())));
            } catch (IOException e) {
                problems.add(new FolderProblem(folder, false, String.valueOf(e.getMessage())));
            }
        }
        List<Path> closed = files.stream().filter(leaveClosed).toList();
        List<ClientSummary> summaries = summaries(files.stream().filter(leaveClosed.negate()).toList());
        index.retainInFolders(listed, new HashSet<>(files));
        index.save();
        return new Scan(summaries, problems, closed);
    }

    /** The files' summaries in the same order; the index is saved when anything was read. */
    public List<ClientSummary> summaries(List<Path> files) throws InterruptedException {
        LocalDate today = LocalDate.now(clock);
        ClientSummary[] result = new ClientSummary[files.size()];
        List<Integer> toRead = new ArrayList<>();
        FileStamp[] stamps = new FileStamp[files.size()];
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                stamps[i] = FileStamp.of(file);
            } catch (IOException e) {
                result[i] = ClientSummary.unreadable(file, ClientFileProblem.NOT_FOUND, today);
                index.forget(file);
                continue;
            }
            Optional<ClientSummary> known = index.lookup(file, stamps[i], today);
            if (known.isPresent()) {
                result[i] = known.get();
            } else {
                toRead.add(i);
            }
        }
        readAll(files, toRead, stamps, result, today);
        if (!toRead.isEmpty()) {
            index.save();
        }
        return List.of(result);
    }

    /** Reads one file again (it changed on disk), whatever the index says, and keeps what it says now. */
    public ClientSummary refresh(Path file) {
        LocalDate today = LocalDate.now(clock);
        Path absolute = file.toAbsolutePath().normalize();
        ClientSummary summary;
        try {
            FileStamp before = FileStamp.of(absolute);
            summary = gated(absolute, today);
            keepIfUnchanged(summary, before, absolute);
        } catch (IOException e) {
            summary = ClientSummary.unreadable(absolute, ClientFileProblem.NOT_FOUND, today);
            index.forget(absolute);
        }
        index.save();
        return summary;
    }

    private void readAll(List<Path> files, List<Integer> toRead, FileStamp[] stamps, ClientSummary[] result,
                         LocalDate today) throws InterruptedException {
        if (toRead.isEmpty()) {
            return;
        }
        if (threads == 1 || toRead.size() == 1) {
            for (int i : toRead) {
                result[i] = readAndKeep(files.get(i), stamps[i], today);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, toRead.size()), r -> {
            Thread t = new Thread(r, "client-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < Math.min(threads, toRead.size()); w++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < toRead.size() && !Thread.currentThread().isInterrupted();
                         n = next.getAndIncrement()) {
                        int i = toRead.get(n);
                        result[i] = readAndKeep(files.get(i), stamps[i], today);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A client file scan failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private ClientSummary readAndKeep(Path file, FileStamp stamp, LocalDate today) {
        ClientSummary summary = gated(file, today);
        keepIfUnchanged(summary, stamp, file);
        return summary;
    }

    private ClientSummary gated(Path file, LocalDate today) {
        try {
            return gate.around(file, () -> ClientSummaries.read(file, today));
        } catch (fi.seloste.store.ClientFileException e) {
            return ClientSummary.unreadable(file, e.problem(), today);
        } catch (OpenInThisApp e) {
            return ClientSummary.unreadable(file, ClientFileProblem.LOCKED, today);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ClientSummary.unreadable(file, ClientFileProblem.IO_ERROR, today);
        } catch (Exception e) {
            return ClientSummary.unreadable(file, ClientFileProblem.INTERNAL_ERROR, today);
        }
    }

    /** A file that changed while it was read is not indexed: the next scan reads it again. */
    private void keepIfUnchanged(ClientSummary summary, FileStamp before, Path file) {
        try {
            if (FileStamp.of(file).equals(before)) {
                index.put(summary, before, java.time.Instant.now()); // file system time, not the day of the check
                return;
            }
        } catch (IOException e) {
            // gone meanwhile
        }
        index.forget(file);
    }
}
