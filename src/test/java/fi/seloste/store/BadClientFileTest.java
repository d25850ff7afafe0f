package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

import fi.seloste.testing.ChildJvm;
import fi.seloste.testing.HoldClientFileOpen;
import fi.seloste.testing.SampleNotices;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file Seloste refuses to open gets its own problem, and is left exactly as it was. */
class BadClientFileTest {

    @TempDir
    Path folder;

    private Path readOnlyFolder;

    @AfterEach
    void letTempDirCleanUp() throws Exception {
        if (readOnlyFolder != null) {
            Files.setPosixFilePermissions(readOnlyFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileOpenInAnotherRunningSelosteIsLocked() throws Exception {
        Path file = newClientFile("locked");
        try (ChildJvm other = ChildJvm.start(HoldClientFileOpen.class, file.toString())) {
            other.awaitLine(line -> line.startsWith("open "), Duration.ofSeconds(60));
            assertRefused(() -> ClientFiles.open(file), ClientFileProblem.LOCKED);
        }
        try (ClientFile afterTheOtherQuit = ClientFiles.open(file)) {
            assertThat(afterTheOtherQuit.load().controller()).isEqualTo(SampleNotices.controller());
        }
    }

    @Test
    void aTextFileIsNotAClientFile() throws Exception {
        Path file = folder.resolve("notes" + ClientFileName.EXTENSION);
        Files.writeString(file, "Muistiinpanoja asiakkaasta\n");
        assertRefusedAndUntouched(file, ClientFileProblem.NOT_A_CLIENT_FILE);
    }

    @Test
    void anotherApplicationsH2DatabaseIsNotAClientFileAndGetsNoSelosteTables() throws Exception {
        Path file = folder.resolve("other.mv.db");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("other") + ";TRACE_LEVEL_FILE=0", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("create table customers (id int primary key, name varchar)");
            s.execute("insert into customers values (1, 'Matti')");
        }
        assertRefusedAndUntouched(file, ClientFileProblem.NOT_A_CLIENT_FILE);
    }

    @Test
    void anH2DatabaseWithSomeoneElsesPasswordIsNotAClientFile() throws Exception {
        Path file = folder.resolve("secret.mv.db");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("secret") + ";TRACE_LEVEL_FILE=0", "app", "pw");
             Statement s = c.createStatement()) {
            s.execute("create table t (id int)");
        }
        assertRefusedAndUntouched(file, ClientFileProblem.NOT_A_CLIENT_FILE);
    }

    @Test
    void aClientFileRenamedWithoutTheH2EndingIsRefusedUntouched() throws Exception {
        Path file = newClientFile("renamed");
        Path renamed = Files.move(file, folder.resolve("Flowest.backup"));
        assertRefusedAndUntouched(renamed, ClientFileProblem.NOT_A_CLIENT_FILE);
    }

    @Test
    void aTruncatedClientFileIsDamaged() throws Exception {
        Path file = newClientFile("truncated");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefusedAndUntouched(file, ClientFileProblem.DAMAGED);
    }

    @Test
    void everyCutOfAClosedFileIsNoticedWhereverItFalls() throws Exception {
        Path whole = newClientFile("whole");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = folder.resolve("cut" + ClientFileName.EXTENSION);
        for (int length = 512; length < bytes.length; length += 512) {
            Files.write(cut, java.util.Arrays.copyOf(bytes, length));
            int at = length;
            assertThatThrownBy(() -> ClientFiles.open(cut)).as("file cut at byte %d", at)
                    .isInstanceOfSatisfying(ClientFileException.class,
                            e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.DAMAGED));
        }
    }

    @Test
    void anEmptyFileIsDamaged() throws Exception {
        Path file = folder.resolve("empty" + ClientFileName.EXTENSION);
        Files.createFile(file);
        assertRefusedAndUntouched(file, ClientFileProblem.DAMAGED);
    }

    @Test
    void aFileFromANewerSelosteIsRefusedUntouched() throws Exception {
        Path file = newClientFile("newer");
        try (Connection c = DriverManager.getConnection(H2Url.toOpen(file), H2Url.USER, H2Url.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\") values (99, '"
                    + (SchemaVersion.LATEST + 1) + "', 'from the future', 'SQL', 'V9__future.sql', 'sa', 1, true)");
        }
        assertRefusedAndUntouched(file, ClientFileProblem.NEWER_FORMAT);
    }

    @Test
    void aReadOnlyFileIsRefusedUntouched() throws Exception {
        Path file = newClientFile("readonly");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertRefusedAndUntouched(file, ClientFileProblem.READ_ONLY);
    }

    @Test
    void aFileInAReadOnlyFolderIsRefusedUntouched() throws Exception {
        Path file = newClientFile("in-readonly-folder");
        readOnlyFolder = folder;
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertRefusedAndUntouched(file, ClientFileProblem.READ_ONLY);
    }

    @Test
    void creatingInAReadOnlyFolderIsRefusedAndLeavesNothing() throws Exception {
        readOnlyFolder = folder;
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertRefused(() -> ClientFiles.create(folder.resolve("new" + ClientFileName.EXTENSION)), ClientFileProblem.READ_ONLY);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingFileIsNotFoundAndNotCreated() {
        Path file = folder.resolve("missing" + ClientFileName.EXTENSION);
        assertRefused(() -> ClientFiles.open(file), ClientFileProblem.NOT_FOUND);
        assertThat(file).doesNotExist();
    }

    private Path newClientFile(String name) throws Exception {
        Path file = folder.resolve(name + ClientFileName.EXTENSION);
        try (ClientFile clientFile = ClientFiles.create(file)) {
            clientFile.saveController(SampleNotices.controller());
        }
        return file;
    }

    private void assertRefusedAndUntouched(Path file, ClientFileProblem expected) throws Exception {
        String before = sha256(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertRefused(() -> ClientFiles.open(file), expected);
        assertThat(sha256(file)).as("content of %s", file).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no backup, trace or lock file is left beside it").containsExactly(file);
        }
    }

    private static void assertRefused(ThrowingCallable open, ClientFileProblem expected) {
        assertThatThrownBy(open).isInstanceOfSatisfying(ClientFileException.class,
                e -> assertThat(e.problem()).isEqualTo(expected));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
