package fi.seloste.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's and the command line's log records go to logs/ in the settings folder, and nowhere else. */
class LogFilesTest {

    @TempDir
    Path config;

    private final Logger root = Logger.getLogger("");
    private List<Handler> before;
    private Level levelBefore;

    @BeforeEach
    void keepTheTestRunsLogging() {
        before = List.of(root.getHandlers());
        levelBefore = root.getLevel();
        System.setProperty("seloste.config.dir", config.toString());
    }

    @AfterEach
    void restoreIt() {
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
        before.forEach(root::addHandler);
        root.setLevel(levelBefore);
        System.clearProperty("seloste.config.dir");
    }

    @Test
    void aRecordLandsInTheLogFileOfTheSettingsFolderAndNoOtherHandlerIsLeft() throws Exception {
        LogFiles.sendTo("seloste");
        Logger.getLogger("fi.seloste.somewhere").warning("a warning the user need not see");
        for (Handler handler : root.getHandlers()) {
            handler.flush();
        }

        Path log = config.resolve("logs/seloste.0.0.log");
        assertThat(log).isRegularFile();
        assertThat(Files.readString(log)).contains("a warning the user need not see");
        assertThat(root.getHandlers()).hasSize(1).allMatch(h -> h instanceof java.util.logging.FileHandler);
    }
}
