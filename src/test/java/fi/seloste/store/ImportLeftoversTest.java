package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.ChildJvm;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.HoldClientFileOpen;

/** Unfinished imports are removed only when nothing can still be writing them (L8). */
class ImportLeftoversTest {

    @TempDir
    Path folder;

    @Test
    void anImportStillWritingInAnotherProcessKeepsItsFileHoweverOldItLooks() throws Exception {
        Path unfinished = folder.resolve(".import-" + UUID.randomUUID() + ClientFileName.EXTENSION);
        ClientFileWriter.write(unfinished, SeedNotices.physiotherapy());

        try (ChildJvm importer = ChildJvm.start(HoldClientFileOpen.class, unfinished.toString())) {
            importer.awaitLine(line -> line.startsWith("open "), Duration.ofSeconds(60));
            Files.setLastModifiedTime(unfinished, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

            assertThat(ImportLeftovers.removeAbandoned(folder)).isZero();
            assertThat(unfinished).exists();

            importer.kill();
        }
        Files.setLastModifiedTime(unfinished, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        assertThat(ImportLeftovers.removeAbandoned(folder)).isOne();
        assertThat(unfinished).doesNotExist();
    }

    @Test
    void onlyAnImportsOwnNamesAreLeftovers() {
        assertThat(ImportLeftovers.isLeftover(Path.of(".import-" + UUID.randomUUID() + ".seloste.mv.db"))).isTrue();
        assertThat(ImportLeftovers.isLeftover(Path.of(".import-mine.seloste.mv.db"))).isFalse();
        assertThat(ImportLeftovers.isLeftover(Path.of("import-" + UUID.randomUUID() + ".seloste.mv.db"))).isFalse();
        assertThat(ImportLeftovers.isLeftover(Path.of(".hidden.seloste.mv.db"))).isFalse();
    }

    @Test
    void aFolderThatIsNotThereHasNoLeftovers() {
        assertThat(ImportLeftovers.removeAbandoned(folder.resolve("missing"))).isZero();
    }
}
