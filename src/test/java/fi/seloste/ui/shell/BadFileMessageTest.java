package fi.seloste.ui.shell;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Language;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ChildJvm;
import fi.seloste.testing.HoldClientFileOpen;
import fi.seloste.testing.RunningApp;
import fi.seloste.ui.I18n;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Each kind of file Seloste cannot open, met as the last file the user had open: the window says what happened
 * and what to do, in the user's language, shows the welcome page, and leaves the file exactly as it was.
 */
class BadFileMessageTest extends FxRobot {

    @TempDir
    Path root;

    private RunningApp app;
    /** The last problem the window showed. */
    private String shownProblem;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void lockedByAnotherSeloste() throws Exception {
        Path file = clientFile("Lukittu");
        try (ChildJvm other = ChildJvm.start(HoldClientFileOpen.class, file.toString())) {
            other.awaitLine(line -> line.startsWith("open "), Duration.ofSeconds(60));
            assertMessageAndUntouched(file, "problem.LOCKED", Language.EN);
        }
    }

    @Test
    void notAClientFile() throws Exception {
        Path file = root.resolve("lasku.pdf" + ClientFileName.EXTENSION);
        Files.writeString(file, "%PDF-1.7 not a database");
        assertMessageAndUntouched(file, "problem.NOT_A_CLIENT_FILE.named", Language.EN);
        assertThat(shownProblem).as("no advice to pick the ending it has").doesNotContain("Choose a file that ends in");
    }

    @Test
    void aFileWithAnotherEndingIsToldWhichEndingAClientFileHas() throws Exception {
        Path file = root.resolve("lasku.pdf");
        Files.writeString(file, "%PDF-1.7 not a database");
        assertMessageAndUntouched(file, "problem.NOT_A_CLIENT_FILE", Language.EN);
        assertThat(shownProblem).contains("Choose a file that ends in .seloste.mv.db");
    }

    @Test
    void damagedInFinnish() throws Exception {
        Path file = clientFile("Katkennut");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 3));
        assertMessageAndUntouched(file, "problem.DAMAGED", Language.FI);
    }

    @Test
    void fromANewerSeloste() throws Exception {
        Path file = clientFile("Uudempi");
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\") values (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 'sa', 1, true)");
        }
        assertMessageAndUntouched(file, "problem.NEWER_FORMAT", Language.EN);
    }

    @Test
    void readOnly() throws Exception {
        Path file = clientFile("Vain luku");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertMessageAndUntouched(file, "problem.READ_ONLY", Language.EN);
    }

    @Test
    void inAReadOnlyFolder() throws Exception {
        Path file = clientFile("Suojattu kansio");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertMessageAndUntouched(file, "problem.READ_ONLY", Language.FI);
    }

    private Path clientFile(String name) throws Exception {
        Path file = root.resolve(name + ClientFileName.EXTENSION);
        try (ClientFile clientFile = ClientFiles.create(file)) {
            clientFile.saveController(Controller.EMPTY.withName(name));
        }
        return file;
    }

    private void assertMessageAndUntouched(Path file, String key, Language language) throws Exception {
        byte[] before = Files.readAllBytes(file);
        app = new RunningApp(root.resolveSibling(root.getFileName() + "-app"));
        app.startOn(file, language);

        await("the problem is shown", () -> showing(this, "#problem-text"));
        String expected = I18n.of(language).text(key, ClientFileName.displayName(file), file.toString());
        shownProblem = lookup("#problem-text").queryAs(Label.class).getText();
        assertThat(shownProblem).isEqualTo(expected);
        await("the welcome page is shown", () -> showing(this, "#welcome"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        clickOn("#problem-dismiss");
        await("the problem can be dismissed", () -> !showing(this, "#problem-text"));
    }
}
