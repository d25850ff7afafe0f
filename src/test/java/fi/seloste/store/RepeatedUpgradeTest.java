package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** L8: each failed upgrade of the same bogus older file left one more .bak copy, without end. */
class RepeatedUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void tryingTheSameFileAgainKeepsOneCopy() throws Exception {
        Path file = folder.resolve("clash" + ClientFileName.EXTENSION);
        Flyway.configure().dataSource(H2Url.toCreate(file), H2Url.USER, H2Url.PASSWORD)
                .locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(H2Url.toOpen(file), H2Url.USER, H2Url.PASSWORD);
             Statement s = c.createStatement()) {
            // A table the next migration wants to create makes that migration fail, every time.
            s.execute("create table sign_off (x int)");
        }
        byte[] original = Files.readAllBytes(file);

        for (int run = 0; run < 4; run++) {
            assertThatThrownBy(() -> ClientFiles.openToRead(file)).isInstanceOfSatisfying(ClientFileException.class,
                    e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.UPGRADE_FAILED));
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        List<Path> backups = backups();
        assertThat(backups).hasSize(1);
        assertThat(Files.readAllBytes(backups.get(0))).isEqualTo(original);
    }

    @Test
    void aCopyWithOtherBytesIsNotTakenForTheFile() throws Exception {
        Path file = Files.writeString(folder.resolve("a" + ClientFileName.EXTENSION), "now");
        Files.writeString(folder.resolve("a" + ClientFileName.EXTENSION + ".format3-20260101-000000.bak"), "then");
        Files.writeString(folder.resolve("b" + ClientFileName.EXTENSION + ".format3-20260101-000000.bak"), "now");
        Path wanted = folder.resolve("a" + ClientFileName.EXTENSION + ".format3-20261202-120000.bak");

        assertThat(BackupCopies.identicalOr(wanted, file, "a" + ClientFileName.EXTENSION + ".format3-")).isEqualTo(wanted);
    }

    private List<Path> backups() throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bak")).toList();
        }
    }
}
