package fi.seloste.ui.shell;

import fi.seloste.settings.AppVersion;
import fi.seloste.ui.I18n;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help → About: name, the version the build wrote in, and licence. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, I18n i18n) {
        String version = AppVersion.current().orElse(i18n.text("about.development"));
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(i18n.text("about.title"));
        about.setHeaderText("Seloste " + version);
        about.setContentText(i18n.text("about.text", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?")));
        about.getDialogPane().setId("about-dialog");
        about.showAndWait();
    }
}
