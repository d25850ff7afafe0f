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

class UpgradeTest {

    @TempDir
    Path folder;

    @Test
    void anOlderFileIsUpgradedAfterACopyIsKeptBesideIt() throws Exception {
        Path file = olderFile("old", "1");
        sql(file, "update controller set name = 'Helmenloiste', business_id = '1316747-5'");
        byte[] original = Files.readAllBytes(file);

        try (ClientFile upgraded = ClientFiles.open(file)) {
            assertThat(upgraded.load().controller().name()).isEqualTo("Helmenloiste");
            assertThat(upgraded.load().registers()).isEmpty();
        }
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(SchemaVersion.LATEST);
        List<Path> backups = backups();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).startsWith("old" + ClientFileName.EXTENSION + ".format1-");
        assertThat(Files.readAllBytes(backups.get(0))).isEqualTo(original);
    }

    @Test
    void aFailedUpgradePutsTheOriginalBackAndKeepsTheCopy() throws Exception {
        Path file = olderFile("clash", "2");
        // A table the next migration wants to create makes that migration fail.
        sql(file, "create table sign_off (x int)");
        byte[] original = Files.readAllBytes(file);

        assertThatThrownBy(() -> ClientFiles.open(file)).isInstanceOfSatisfying(ClientFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.UPGRADE_FAILED));
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(backups()).hasSize(1);
    }

    @Test
    void theLatestFormatIsTheHighestMigration() throws Exception {
        try (var migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = migrations.map(p -> p.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare).orElseThrow();
            assertThat(SchemaVersion.LATEST).isEqualTo(highest);
        }
    }

    private Path olderFile(String name, String version) {
        Path file = folder.resolve(name + ClientFileName.EXTENSION);
        Flyway.configure().dataSource(H2Url.toCreate(file), H2Url.USER, H2Url.PASSWORD)
                .locations("classpath:db/migration").target(version).load().migrate();
        return file;
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(H2Url.toOpen(file), H2Url.USER, H2Url.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private List<Path> backups() throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bak")).toList();
        }
    }
}
