package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;

import fi.seloste.testing.ChildJvm;
import fi.seloste.testing.WriteUntilKilled;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client file left behind by a killed Seloste (as after a crash or a power cut), and copies of it cut short as an
 * interrupted copy to a USB stick leaves them: the file itself opens with the last save, and a cut copy is refused
 * as damaged or opens with exactly that same last save, never with an older one (probe S1: cuts opened silently as
 * "edit 36" when the file held "edit 300").
 */
class CrashedFileTest {

    @TempDir
    Path folder;

    @Test
    void aCutCopyOfAKilledWritersFileIsDamagedOrCurrentNeverOlder() throws Exception {
        Path file = folder.resolve("crashed" + ClientFileName.EXTENSION);
        ClientFiles.create(file).close();
        int acknowledged = writeUntilKilledAfter(file, 60);
        byte[] bytes = Files.readAllBytes(file);

        String last;
        try (ClientFile reopened = ClientFiles.openToRead(file)) {
            last = reopened.load().controller().name();
        }
        assertThat(editNumber(last)).isBetween(acknowledged, acknowledged + 1);
        assertThat(Files.readAllBytes(file)).as("opening to read changes nothing").isEqualTo(bytes);

        TreeSet<Integer> cuts = new TreeSet<>();
        for (int length = 4096; length < bytes.length; length += 4096) {
            cuts.add(length);
        }
        // Chunks start and end on 4 KiB blocks, so the multiples above are every chunk boundary; some cuts inside too.
        Random random = new Random(bytes.length);
        for (int i = 0; i < 40; i++) {
            cuts.add(1 + random.nextInt(bytes.length - 1));
        }
        cuts.add(1);
        cuts.add(3);
        int refused = 0;
        int current = 0;
        Path cut = folder.resolve("cut" + ClientFileName.EXTENSION);
        for (int length : cuts) {
            byte[] prefix = Arrays.copyOf(bytes, length);
            Files.write(cut, prefix);
            try (ClientFile opened = ClientFiles.openToRead(cut)) {
                assertThat(opened.load().controller().name()).as("the copy cut at byte %d of %d", length, bytes.length)
                        .isEqualTo(last);
                current++;
            } catch (ClientFileException e) {
                assertThat(e.problem()).as("the copy cut at byte %d", length).isEqualTo(ClientFileProblem.DAMAGED);
                refused++;
            }
            assertThat(Files.readAllBytes(cut)).as("the cut copy is left as it was").isEqualTo(prefix);
        }
        assertThat(refused).as("cuts refused as damaged").isPositive();
        assertThat(refused + current).isEqualTo(cuts.size());
    }

    @Test
    void killedAgainAndAgainTheFileAlwaysOpensWithItsLastSave() throws Exception {
        Path file = folder.resolve("killed" + ClientFileName.EXTENSION);
        ClientFiles.create(file).close();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 4; round++) {
            int acknowledged = writeUntilKilledAfter(file, 5 + random.nextInt(30));
            try (ClientFile reopened = ClientFiles.open(file)) {
                assertThat(editNumber(reopened.load().controller().name()))
                        .as("round %d, seed %d", round, seed).isBetween(acknowledged, acknowledged + 1);
            }
        }
        assertThat(Files.size(file)).as("kept compact across crashes").isLessThan(2L * 1024 * 1024);
    }

    @Test
    void aFileThatIsSavedOftenStaysSmall() throws Exception {
        Path file = folder.resolve("busy" + ClientFileName.EXTENSION);
        long largest = 0;
        try (ClientFile open = ClientFiles.create(file)) {
            for (int n = 1; n <= 300; n++) {
                open.saveController(fi.seloste.domain.Controller.EMPTY.withName("edit " + n));
                largest = Math.max(largest, Files.size(file));
            }
            assertThat(open.load().controller().name()).isEqualTo("edit 300");
        }
        // The probe saw 3.2 MB after 300 edits with H2's defaults.
        assertThat(largest).as("largest size while open").isLessThan(1024L * 1024);
        assertThat(Files.size(file)).as("size after a clean close").isLessThan(1024L * 1024);
        try (ClientFile reopened = ClientFiles.openToRead(file)) {
            assertThat(reopened.load().controller().name()).isEqualTo("edit 300");
        }
    }

    /** Runs a child that saves "edit N" until it is killed after the given save; returns the last acknowledged N. */
    private static int writeUntilKilledAfter(Path file, int saves) throws Exception {
        try (ChildJvm writer = ChildJvm.start(WriteUntilKilled.class, file.toString())) {
            java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
            String line = writer.awaitLine(l -> l.startsWith("saved ") && seen.incrementAndGet() == saves,
                    Duration.ofSeconds(120));
            writer.kill();
            return Integer.parseInt(line.substring("saved ".length()));
        }
    }

    private static int editNumber(String name) {
        if (!name.startsWith("edit ")) {
            fail("not a name the writer saved: " + name);
        }
        return Integer.parseInt(name.substring("edit ".length()));
    }
}
