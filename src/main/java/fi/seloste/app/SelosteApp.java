package fi.seloste.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.logging.Logger;

import atlantafx.base.theme.PrimerLight;
import fi.seloste.domain.Language;
import fi.seloste.settings.AppDirs;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;
import fi.seloste.ui.Background;
import fi.seloste.ui.I18n;
import fi.seloste.ui.shell.MainWindow;
import fi.seloste.ui.shell.ShellViewModel;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: reads the settings off the FX thread, shows the main window, opens the client file. */
public final class SelosteApp extends Application {

    private static final Logger LOG = Logger.getLogger(SelosteApp.class.getName());

    private AppDirs dirs;
    private SettingsStore settingsStore;
    private Settings settings;
    private ShellViewModel model;
    private MainWindow window;

    @Override
    public void init() {
        dirs = AppDirs.forThisUser();
        settingsStore = new SettingsStore(dirs.configDir());
        settings = settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Language language = I18n.resolve(settings.uiLanguage(), Locale.getDefault());
        model = new ShellViewModel(new Background(), dirs, settingsStore, settings, I18n.of(language));
        window = new MainWindow(stage, model);
        stage.setOnShown(e -> LOG.info(() -> "Main window shown "
                + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after launch"));
        window.show();
        model.openAtStartup();
    }

    @Override
    public void stop() {
        if (model != null) {
            window.rememberBounds();
            model.shutdown();
        }
    }
}
