package fi.seloste.clients;

import java.nio.file.Path;

/**
 * The client file is open for editing in this app's main window, so a scan or batch job leaves it closed: a second
 * connection to it would get in the way of the window's saves. Not a lock by someone else.
 */
public final class OpenInThisApp extends Exception {

    private final transient Path file;

    public OpenInThisApp(Path file) {
        super("open in this window: " + file);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
