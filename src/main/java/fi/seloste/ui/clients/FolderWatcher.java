package fi.seloste.ui.clients;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.clients.ClientFolder;

/**
 * Watches the overview's folders on a thread of its own and reports which client files were created, changed or
 * removed. A save writes a file several times in a few milliseconds; the events of a short while are reported once.
 * When the operating system dropped events (overflow), the whole folder is reported with {@code rescan}.
 */
final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FolderWatcher.class.getName());
    private static final long SETTLE_MILLIS = 40;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    FolderWatcher(Consumer<Set<Path>> changed, Runnable rescan) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        thread = new Thread(() -> run(changed, rescan), "seloste-client-folders");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches exactly these folders from now on; a folder that cannot be watched is only scanned. */
    synchronized void watch(List<Path> wanted) {
        folders.entrySet().removeIf(e -> {
            if (!wanted.contains(e.getValue())) {
                e.getKey().cancel();
                return true;
            }
            return false;
        });
        for (Path folder : wanted) {
            if (!folders.containsValue(folder)) {
                try {
                    folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.INFO, e, () -> "Cannot watch " + folder + "; it is scanned on refresh only");
                }
            }
        }
    }

    private void run(Consumer<Set<Path>> changed, Runnable rescan) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                Set<Path> files = new LinkedHashSet<>();
                boolean overflow = collect(key, files);
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
                for (long left = SETTLE_MILLIS; left > 0; left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())) {
                    WatchKey more = service.poll(left, TimeUnit.MILLISECONDS);
                    if (more != null) {
                        overflow |= collect(more, files);
                    }
                }
                if (overflow) {
                    rescan.run();
                } else if (!files.isEmpty()) {
                    changed.accept(files);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private boolean collect(WatchKey key, Set<Path> files) {
        Path folder;
        synchronized (this) {
            folder = folders.get(key);
        }
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
            } else if (folder != null && event.context() instanceof Path name) {
                Path file = folder.resolve(name);
                if (ClientFolder.isClientFile(file)) {
                    files.add(file.toAbsolutePath().normalize());
                }
            }
        }
        key.reset();
        return overflow;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the folder watch failed", e);
        }
    }
}
