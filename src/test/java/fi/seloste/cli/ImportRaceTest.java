package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;

/** Imports that race another program for the same target (probe 3, L1). */
class ImportRaceTest {

    private static final Path SEED = Path.of("docs/samples/physiotherapy-seed.json");

    @TempDir
    Path dir;

    /** L1: the loser of two imports into one new target was told to check its disk. */
    @Test
    void aFileThatAppearsWhileTheImportWritesIsKeptAndTheImportSaysSo() throws Exception {
        Path target = dir.resolve("same.seloste.mv.db");
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        ClientFileWriter.write(elsewhere.resolve("other.seloste.mv.db"), SeedNotices.beautySalon());
        byte[] other = Files.readAllBytes(elsewhere.resolve("other.seloste.mv.db"));
        AtomicBoolean stop = new AtomicBoolean();
        // Another program makes the target as soon as the import has begun writing its unfinished file beside it.
        Thread otherProgram = new Thread(() -> {
            while (!stop.get() && !unfinishedImportIn(dir)) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
            try {
                Files.write(target, other);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        otherProgram.start();

        CliRun run;
        try {
            run = CliRun.of("import", SEED.toString(), "--into", target.toString());
        } finally {
            stop.set(true);
            otherProgram.join();
        }

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("Nothing was imported", target.toString(), "was created meanwhile")
                .doesNotContain("disk");
        assertThat(Files.readAllBytes(target)).isEqualTo(other);
        assertThat(contents(dir)).containsExactlyInAnyOrder("same.seloste.mv.db", "elsewhere");
    }

    /**
     * L1: two --replace imports in the same second both named their copy "…before-import-<second>.bak", and the
     * second was told to check its disk. Here every name the clock could give is taken before the import gets to it.
     */
    @Test
    void aReplacingImportWhoseCopyNameIsTakenKeepsItsCopyUnderAnotherName() throws Exception {
        Path target = dir.resolve("same.seloste.mv.db");
        ClientFileWriter.write(target, SeedNotices.beautySalon());
        byte[] before = Files.readAllBytes(target);
        AtomicBoolean stop = new AtomicBoolean();
        LocalDateTime taken = takeCopyNames(target, LocalDateTime.now().minusSeconds(1));
        Thread otherImport = new Thread(() -> {
            LocalDateTime upTo = taken;
            while (!stop.get()) {
                upTo = takeCopyNames(target, upTo);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        otherImport.start();

        CliRun run;
        try {
            run = CliRun.of("import", SEED.toString(), "--into", target.toString(), "--replace");
        } finally {
            stop.set(true);
            otherImport.join();
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ClientFile client = ClientFiles.open(target)) {
            assertThat(client.load().controller().name()).isEqualTo(SeedNotices.physiotherapy().controller().name());
        }
        List<Path> kept = contents(dir).stream().map(dir::resolve).filter(ImportRaceTest::nonEmpty).toList();
        assertThat(kept).hasSize(2);
        Path copy = kept.stream().filter(p -> !p.equals(target)).findFirst().orElseThrow();
        assertThat(run.err()).contains(copy.toString());
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    /**
     * Takes, as empty files, every copy name the clock can give from now until two seconds after: by the second (as
     * before) and by the millisecond. Returns the time taken up to; the next call goes on from there.
     */
    private static LocalDateTime takeCopyNames(Path target, LocalDateTime from) {
        DateTimeFormatter seconds = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
        DateTimeFormatter millis = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
        LocalDateTime until = LocalDateTime.now().plusSeconds(2);
        for (LocalDateTime t = from; !t.isAfter(until); t = t.plusNanos(1_000_000)) {
            take(target.resolveSibling(target.getFileName() + ".before-import-" + t.format(millis) + ".bak"));
            if (t.getNano() < 1_000_000 || t.equals(from)) {
                take(target.resolveSibling(target.getFileName() + ".before-import-" + t.format(seconds) + ".bak"));
            }
        }
        return until;
    }

    private static void take(Path name) {
        try {
            Files.createFile(name);
        } catch (FileAlreadyExistsException e) {
            // taken already
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean unfinishedImportIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(".import-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
