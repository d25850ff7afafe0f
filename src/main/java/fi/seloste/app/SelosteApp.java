package fi.seloste.app;

import atlantafx.base.theme.PrimerLight;
import fi.seloste.export.Printer;
import fi.seloste.export.SystemPrinter;
import fi.seloste.ui.Background;
import fi.seloste.ui.ClientSession;
import fi.seloste.ui.shell.MainWindow;
import fi.seloste.ui.shell.ShellViewModel;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/** The desktop application: reads the settings off the FX thread, shows the main window, opens the client file. */
public final class SelosteApp extends Application {

    private final Printer printer;
    private final Runnable exit;
    private ShellViewModel model;
    private MainWindow window;

    /** The application as it is launched: printing goes to the operating system's printers and print dialog. */
    public SelosteApp() {
        this(new SystemPrinter());
    }

    /** The application with another printer in place of the operating system's (tests: no dialog to click). */
    public SelosteApp(Printer printer) {
        this(printer, Platform::exit);
    }

    /**
     * As {@link #SelosteApp(Printer)}, with another way to end the application than Platform.exit (tests: a quit is
     * seen without ending the toolkit every later test needs).
     */
    public SelosteApp(Printer printer, Runnable exit) {
        this.printer = printer;
        this.exit = exit;
    }

    /**
     * Runs on the launcher thread once the FX toolkit has started. The settings and the client file are read on
     * threads of their own, begun by the launcher before the toolkit ({@link EarlyStart}), so that H2's and jOOQ's
     * cold start overlaps the toolkit's start and building the window.
     */
    @Override
    public void init() {
        EarlyStart start = EarlyStart.take(getParameters().getRaw());
        EarlyStart.Prepared prepared = start.prepared();
        model = new ShellViewModel(new Background(), prepared.dirs(), prepared.settingsStore(), prepared.settings(),
                prepared.i18n(), printer);
        model.openStarted(start.reading());
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, model, exit);
        stage.setOnShown(e -> StartupLog.reached("window shown"));
        if (model.session().get() != null) {
            // The file opened while the toolkit started: it is shown with the window.
            StartupLog.reached("client file open");
            logWhenLaidOut(stage);
        } else {
            model.session().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends ClientSession> o, ClientSession before,
                        ClientSession now) {
                    StartupLog.reached("client file open");
                    model.session().removeListener(this);
                    logWhenLaidOut(stage);
                }
            });
        }
        window.show();
    }

    /** The pulse after the client file's view was built: what the owner sees and can type into. */
    private static void logWhenLaidOut(Stage stage) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                StartupLog.reached("client file shown");
            }
        };
        stage.getScene().addPostLayoutPulseListener(once);
    }

    @Override
    public void stop() {
        if (model != null) {
            window.rememberBounds();
            model.shutdown();
        }
    }
}
