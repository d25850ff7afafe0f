package fi.seloste.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import fi.seloste.domain.Controller;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.ClientFiles;
import fi.seloste.ui.shell.OpenedClientFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher reads before JavaFX starts is what the app then shows: the same file, or the reason it failed. */
class EarlyStartTest {

    @TempDir
    Path folder;

    @BeforeEach
    void ownSettings() {
        System.setProperty("seloste.config.dir", folder.resolve("config").toString());
        System.setProperty("seloste.documents.dir", folder.resolve("documents").toString());
    }

    @AfterEach
    void noSettings() {
        System.clearProperty("seloste.config.dir");
        System.clearProperty("seloste.documents.dir");
    }

    @Test
    void theFileBegunBeforeTheToolkitIsTheOneTheAppShows() throws Exception {
        Path file = clientFileOf("Fysioterapia Aalto");
        List<String> arguments = List.of(file.toString());
        EarlyStart.begin(arguments);

        EarlyStart taken = EarlyStart.take(arguments);
        OpenedClientFile opened = taken.reading().call();
        try {
            assertThat(opened.notice().controller().name()).isEqualTo("Fysioterapia Aalto");
            assertThat(opened.file().path()).isEqualTo(file.toAbsolutePath());
            assertThat(taken.prepared().dirs().configDir()).isEqualTo(folder.resolve("config"));
        } finally {
            opened.file().close();
        }
    }

    @Test
    void aStartIsTakenOnceAndOnlyForItsOwnArguments() throws Exception {
        Path first = clientFileOf("Ensimmäinen Oy");
        Path second = clientFileOf("Toinen Oy");
        EarlyStart.begin(List.of(first.toString()));

        OpenedClientFile opened = EarlyStart.take(List.of(second.toString())).reading().call();
        try {
            assertThat(opened.notice().controller().name()).isEqualTo("Toinen Oy");
        } finally {
            opened.file().close();
        }
        // What was begun for the first file is not handed out for it later: a start is taken once.
        EarlyStart again = EarlyStart.take(List.of(first.toString()));
        OpenedClientFile reopened = again.reading().call();
        try {
            assertThat(reopened.notice().controller().name()).isEqualTo("Ensimmäinen Oy");
        } finally {
            reopened.file().close();
        }
    }

    @Test
    void aDamagedFileGivesItsReasonToTheAppAndTheSettingsAreStillRead() throws Exception {
        Path file = clientFileOf("Rikki Oy");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        List<String> arguments = List.of(file.toString());
        EarlyStart.begin(arguments);

        EarlyStart taken = EarlyStart.take(arguments);
        assertThatThrownBy(() -> taken.reading().call()).isInstanceOfSatisfying(ClientFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.DAMAGED));
        assertThat(taken.prepared().settings()).isNotNull();
    }

    @Test
    void withoutAFileTheDefaultClientFileIsMadeInTheDocumentsFolder() throws Exception {
        EarlyStart.begin(List.of());

        OpenedClientFile opened = EarlyStart.take(List.of()).reading().call();
        try {
            assertThat(opened.file().path().getParent()).isEqualTo(folder.resolve("documents").toAbsolutePath());
            assertThat(opened.file().path().getFileName().toString()).endsWith(ClientFileName.EXTENSION);
            assertThat(opened.notice().controller().name()).isEmpty();
        } finally {
            opened.file().close();
        }
    }

    private Path clientFileOf(String business) throws ClientFileException {
        Path file = folder.resolve(business.replace(' ', '-') + ClientFileName.EXTENSION);
        try (ClientFile created = ClientFiles.create(file)) {
            created.saveController(Controller.EMPTY.withName(business));
        }
        return file;
    }
}
