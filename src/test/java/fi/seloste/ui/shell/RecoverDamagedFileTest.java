package fi.seloste.ui.shell;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Language;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.RunningApp;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A client file cut short (an interrupted copy): the window says it is damaged and offers to recover its last
 * complete state into a copy; one click makes and opens the copy, says how old it is, and leaves the damaged file
 * byte for byte as it was.
 */
class RecoverDamagedFileTest extends FxRobot {

    @TempDir
    Path root;

    private RunningApp app;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theOwnerRecoversTheLastCompleteStateIntoACopyWithOneClick() throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Kahvipaahtimo" + ClientFileName.EXTENSION);
        try (ClientFile open = ClientFiles.create(file)) {
            for (int n = 1; n <= 12; n++) {
                open.saveController(Controller.EMPTY.withName("Kahvipaahtimo " + n));
            }
        }
        byte[] whole = Files.readAllBytes(file);
        byte[] cut = Arrays.copyOf(whole, whole.length - 4096);
        Files.write(file, cut);

        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.FI);
        await("the damage is shown", () -> showing(this, "#problem-text"));
        assertThat(lookup("#problem-text").queryAs(Label.class).getText()).contains("vioittunut");
        await("recovery is offered", () -> showing(this, "#problem-recover"));

        clickOn("#problem-recover");

        await("the recovered copy is open", () -> showing(this, "#controller-name"));
        await("the message says what was recovered", () -> showing(this, "#problem-text")
                && lookup("#problem-text").queryAs(Label.class).getText().startsWith("Palautettu uudeksi asiakastiedostoksi"));
        String message = lookup("#problem-text").queryAs(Label.class).getText();
        assertThat(message).contains("Kahvipaahtimo-recovered-").contains("tallennettiin")
                .contains("Vioittunutta tiedostoa ei muutettu.");
        assertThat(lookup("#controller-name").queryAs(TextField.class).getText()).startsWith("Kahvipaahtimo ");
        assertThat(Files.readAllBytes(file)).as("the damaged file is left as it was").isEqualTo(cut);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2).anySatisfy(n -> assertThat(n).startsWith("Kahvipaahtimo-recovered-"));
        }
    }
}
