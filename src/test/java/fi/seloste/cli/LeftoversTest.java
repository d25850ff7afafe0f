package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.ClientFileWriter;

/**
 * L8: killed imports left hidden {@code .import-<uuid>.seloste.mv.db} files (each a copy of a client's personal
 * data), killed exports {@code .<name>.<uuid>.tmp} files. The next command that works in the folder removes those
 * nothing can still be writing, and never lists them.
 */
class LeftoversTest {

    private static final Path SEED = Path.of("docs/samples/physiotherapy-seed.json");
    private static final Instant AN_HOUR_AGO = Instant.now().minus(Duration.ofHours(1));

    @TempDir
    Path dir;

    @Test
    void listRemovesAbandonedUnfinishedImportsAndKeepsAFreshOne() throws Exception {
        ClientFileWriter.write(dir.resolve("Asiakas.seloste.mv.db"), SeedNotices.physiotherapy());
        Path abandoned = unfinishedImport(AN_HOUR_AGO);
        Path abandonedTrace = old(Files.writeString(dir.resolve(".import-" + UUID.randomUUID() + ".seloste.trace.db"), "x"));
        Path fresh = unfinishedImport(Instant.now());

        CliRun run = CliRun.of("list", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(abandoned).doesNotExist();
        assertThat(abandonedTrace).doesNotExist();
        assertThat(fresh).exists();
        assertThat(run.out()).doesNotContain(".import-");
        assertThat(run.err()).contains("1 client file,");
    }

    @Test
    void importRemovesAbandonedUnfinishedImportsBesideItsTarget() throws Exception {
        Path abandoned = unfinishedImport(AN_HOUR_AGO);

        CliRun run = CliRun.of("import", SEED.toString(), "--into", dir.resolve("Uusi").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(abandoned).doesNotExist();
        assertThat(contents(dir)).containsExactly("Uusi.seloste.mv.db");
    }

    @Test
    void exportRemovesAbandonedTemporaryFilesInItsFolderAndKeepsAFreshOne() throws Exception {
        Path client = dir.resolve("Asiakas.seloste.mv.db");
        ClientFileWriter.write(client, SeedNotices.physiotherapy());
        Path out = Files.createDirectories(dir.resolve("out"));
        Path abandoned = old(Files.writeString(out.resolve(".Asiakas-fi.pdf." + UUID.randomUUID() + ".tmp"), "%PDF-"));
        Path fresh = Files.writeString(out.resolve(".Asiakas-fi.html." + UUID.randomUUID() + ".tmp"), "<html");
        Path ownFile = old(Files.writeString(out.resolve(".muistio.tmp"), "not Seloste's"));

        CliRun run = CliRun.of("export", client.toString(), "--out", out.toString(), "--format", "html", "--lang", "fi");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(abandoned).doesNotExist();
        assertThat(fresh).exists();
        assertThat(ownFile).exists();
    }

    @Test
    void exportJsonRemovesAbandonedTemporaryFilesBesideItsOutput() throws Exception {
        Path client = dir.resolve("Asiakas.seloste.mv.db");
        ClientFileWriter.write(client, SeedNotices.physiotherapy());
        Path abandoned = old(Files.writeString(dir.resolve(".Asiakas.json." + UUID.randomUUID() + ".tmp"), "{"));

        CliRun run = CliRun.of("export-json", client.toString(), "--out", dir.resolve("Asiakas.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(abandoned).doesNotExist();
    }

    /** A whole client file under an unfinished import's name, as a killed import leaves it, last written at {@code when}. */
    private Path unfinishedImport(Instant when) throws Exception {
        Path file = dir.resolve(".import-" + UUID.randomUUID() + ".seloste.mv.db");
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        Files.setLastModifiedTime(file, FileTime.from(when));
        return file;
    }

    private static Path old(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO));
        return file;
    }

    private static List<String> contents(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
