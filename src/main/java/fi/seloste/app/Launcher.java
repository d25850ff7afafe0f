package fi.seloste.app;

import javafx.application.Application;

/**
 * Starts Seloste. A main class that does not extend Application lets the app run from a plain class path,
 * where JavaFX would otherwise refuse to start.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(SelosteApp.class, args);
    }
}
