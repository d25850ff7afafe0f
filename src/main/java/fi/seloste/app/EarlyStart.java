package fi.seloste.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import fi.seloste.settings.AppDirs;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;
import fi.seloste.store.ClientFiles;
import fi.seloste.ui.I18n;
import fi.seloste.ui.shell.OpenedClientFile;
import fi.seloste.ui.shell.ShellViewModel;

/**
 * What the desktop app reads before its window can show a client file: the settings, the catalogues and the client
 * file itself. The launcher begins it on threads of their own before it starts JavaFX, so that the toolkit's start
 * (about half a second) and opening the file (H2, Flyway's check, jOOQ's first statements) run on both cores side by
 * side; the application's init() takes what was begun, or begins it then (tests start the application without the
 * launcher).
 */
final class EarlyStart {

    private static final Object LOCK = new Object();
    private static EarlyStart begun;

    private final List<String> arguments;
    private final CompletableFuture<Prepared> prepared;
    private final FutureTask<OpenedClientFile> reading;

    private EarlyStart(List<String> arguments) {
        this.arguments = List.copyOf(arguments);
        this.prepared = new CompletableFuture<>();
        this.reading = new FutureTask<>(() -> OpenedClientFile.read(opening(arguments, prepared.join())));
    }

    /** The settings read at start, with the directories they came from and the language the app speaks. */
    record Prepared(AppDirs dirs, SettingsStore settingsStore, Settings settings, Language language) {
        I18n i18n() {
            return I18n.of(language);
        }
    }

    /** Begins reading, for the app the launcher is about to start with these arguments. */
    static void begin(List<String> arguments) {
        EarlyStart start = new EarlyStart(arguments);
        synchronized (LOCK) {
            begun = start;
        }
        start.run();
    }

    /** What {@link #begin} began for these arguments, taken once; otherwise a start begun now. */
    static EarlyStart take(List<String> arguments) {
        synchronized (LOCK) {
            EarlyStart start = begun;
            begun = null;
            if (start != null && start.arguments.equals(arguments)) {
                return start;
            }
            if (start != null) {
                start.abandon();
            }
        }
        EarlyStart start = new EarlyStart(arguments);
        start.run();
        return start;
    }

    private void run() {
        Catalogues.readInBackground();
        Thread thread = new Thread(() -> {
            try {
                prepared.complete(prepare());
            } catch (RuntimeException | Error e) {
                prepared.completeExceptionally(e);
            }
            reading.run();
        }, "seloste-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** A start begun for other arguments: its file, once open, is closed again, so that nothing holds it. */
    private void abandon() {
        Thread closing = new Thread(() -> {
            try {
                reading.get().file().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // Nothing was opened.
            }
        }, "seloste-start-abandoned");
        closing.setDaemon(true);
        closing.start();
    }

    private static Prepared prepare() {
        AppDirs dirs = AppDirs.forThisUser();
        SettingsStore settingsStore = new SettingsStore(dirs.configDir());
        Settings settings = settingsStore.load();
        return new Prepared(dirs, settingsStore, settings, I18n.resolve(settings.uiLanguage(), Locale.getDefault()));
    }

    /** The file named on the command line, or else the one the app opens when started without one. */
    private static Callable<fi.seloste.store.ClientFile> opening(List<String> arguments, Prepared prepared) {
        if (arguments.size() == 1) {
            Path file = Path.of(arguments.get(0));
            return () -> ClientFiles.open(file);
        }
        return ShellViewModel.atStartup(prepared.dirs(), prepared.settings(), prepared.i18n());
    }

    /** The settings, once read (a moment; waits for the thread that reads them). */
    Prepared prepared() {
        return prepared.join();
    }

    /** The client file, awaited: for the disk thread, which shows it or the reason it could not be opened. */
    Callable<OpenedClientFile> reading() {
        return () -> {
            try {
                return reading.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
