package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.ChildJvm;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.EditUntilKilled;
import fi.seloste.testing.H2Chunks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damage to a client file with a long history (300 edits, as a year of small changes leaves it), the kinds the
 * reliability probe made: a copy cut short at every 4 KiB, one bit flipped in either file header or in a chunk
 * footer, and the same cuts of a file whose writer was killed before it could close it. Every such file is either
 * refused as damaged or opens with exactly its last content, never an older one; and Seloste leaves it byte for
 * byte as it was. The cut files are opened both as the app opens a file ({@link ClientFiles#open}) and as export,
 * validate and list do ({@link ClientFiles#openToRead}).
 */
class LongHistoryDamageTest {

    private static final int EDITS = 120;

    @TempDir
    static Path shared;

    private static byte[] closed;
    private static Notice lastContent;

    @TempDir
    Path folder;

    private int cases;

    @BeforeAll
    static void writeAFileWithALongHistoryAndCloseIt() throws Exception {
        Path file = shared.resolve("history" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        try (ClientFile client = ClientFiles.open(file)) {
            Notice base = client.load();
            for (int n = 1; n <= EDITS; n++) {
                EditUntilKilled.edit(client, base, n);
            }
            lastContent = client.load();
        }
        assertThat(lastContent.controller().name()).isEqualTo(EditUntilKilled.nameAfter(EDITS));
        closed = Files.readAllBytes(file);
    }

    @Test
    void everyCutAtEvery4KiBOfAClosedLongHistoryFileIsRefusedOrWhole() throws Exception {
        for (int length = 0; length < closed.length; length += H2Chunks.BLOCK_SIZE) {
            assertRefusedOrLast(Arrays.copyOf(closed, length), lastContent, BOTH, "the closed file cut at byte " + length);
        }
        assertThat(cases).isEqualTo(closed.length / H2Chunks.BLOCK_SIZE);
    }

    @Test
    void aBitFlippedInEitherFileHeaderIsRefusedOrOpensWithTheLastContent() throws Exception {
        for (int block = 0; block < 2; block++) {
            int text = H2Chunks.headerTextLength(closed, block);
            assertThat(text).as("the header of block %d", block).isGreaterThan(40);
            // Every byte of the first header's text, every third of the second's, and a few of the padding after.
            for (int i = 0; i < text + 4; i += block == 0 || i >= text ? 1 : 3) {
                int offset = block * H2Chunks.BLOCK_SIZE + i;
                assertRefusedOrLast(flipped(closed, offset, i % 8), lastContent, alternately(),
                        "bit " + (i % 8) + " flipped at byte " + offset + " (header block " + block + ")");
            }
        }
    }

    @Test
    void aBitFlippedInAChunkFooterIsRefusedOrOpensWithTheLastContent() throws Exception {
        List<H2Chunks.Chunk> chunks = H2Chunks.of(closed);
        assertThat(chunks).as("chunks of the closed file").isNotEmpty();
        H2Chunks.Chunk live = chunks.get(chunks.size() - 1);
        for (H2Chunks.Chunk chunk : chunks) {
            int text = H2Chunks.footerTextLength(closed, chunk);
            assertThat(text).as("the footer of the chunk at %d", chunk.start()).isGreaterThan(20);
            // Every byte of the last chunk's footer (the one the headers name), every fifth of the others'.
            for (int i = 0; i < text; i += chunk.equals(live) ? 1 : 5) {
                long offset = chunk.footer() + i;
                assertRefusedOrLast(flipped(closed, (int) offset, (i * 3) % 8), lastContent, alternately(),
                        "bit " + (i * 3) % 8 + " flipped at byte " + offset + " (footer of the chunk at " + chunk.start() + ")");
            }
        }
    }

    @Test
    void everyCutOfAFileWhoseWriterWasKilledIsRefusedOrWhole() throws Exception {
        Path file = folder.resolve("crashed" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        try (ChildJvm writer = ChildJvm.start(EditUntilKilled.class, file.toString())) {
            writer.awaitLine(line -> line.equals("saved " + EDITS), Duration.ofSeconds(120));
            writer.kill();
        }
        byte[] crashed = Files.readAllBytes(file);
        Notice last;
        Path copy = folder.resolve("whole-copy" + ClientFileName.EXTENSION);
        Files.write(copy, crashed);
        try (ClientFile whole = ClientFiles.openToRead(copy)) {
            last = whole.load();
        }
        int edits = Integer.parseInt(last.controller().name().substring("edit ".length()));
        assertThat(edits).as("the uncut file keeps every acknowledged edit").isGreaterThanOrEqualTo(EDITS);

        Set<Long> cuts = new TreeSet<>();
        for (long length = 0; length < crashed.length; length += H2Chunks.BLOCK_SIZE) {
            cuts.add(length);
        }
        Set<Long> boundaries = new TreeSet<>();
        for (H2Chunks.Chunk chunk : H2Chunks.of(crashed)) {
            // Just after a chunk (an older state ends there, footer and all), just inside its end, and before its footer.
            boundaries.addAll(List.of(chunk.end(), chunk.end() - 1, chunk.footer()));
        }
        boundaries.removeIf(length -> length >= crashed.length);
        cuts.addAll(boundaries);
        for (long length : cuts) {
            assertRefusedOrLast(Arrays.copyOf(crashed, (int) length), last, boundaries.contains(length) ? BOTH : READ,
                    "the file of a killed writer (" + crashed.length + " bytes, " + edits + " edits) cut at byte " + length);
        }
    }

    /** Opened as the app opens a file, or as export, validate and list do. */
    private enum Opener { TO_READ, FOR_EDITING }

    private static final Set<Opener> BOTH = Set.of(Opener.TO_READ, Opener.FOR_EDITING);
    private static final Set<Opener> READ = Set.of(Opener.TO_READ);

    /** One case opened to read, the next for editing, and so on: both ways are tried across the cases. */
    private Set<Opener> alternately() {
        return cases % 2 == 0 ? READ : Set.of(Opener.FOR_EDITING);
    }

    /**
     * Writes the damaged bytes as a client file and opens it in each of the given ways: each must refuse it as
     * damaged (and leave it byte-identical) or show exactly the last content. Opening to read never changes a byte.
     */
    private void assertRefusedOrLast(byte[] damaged, Notice last, Set<Opener> openers, String what) throws Exception {
        cases++;
        for (Opener opener : openers) {
            Path file = folder.resolve("case-" + cases + "-" + opener + ClientFileName.EXTENSION);
            Files.write(file, damaged);
            String before = sha256(file);
            String how = what + (opener == Opener.FOR_EDITING ? ", opened for editing" : ", opened to read");
            try (ClientFile opened = opener == Opener.FOR_EDITING ? ClientFiles.open(file) : ClientFiles.openToRead(file)) {
                Notice seen = opened.load();
                if (!seen.equals(last)) {
                    fail(how + ": opened at an older state, controller \"" + seen.controller().name()
                            + "\" instead of \"" + last.controller().name() + "\"");
                }
            } catch (ClientFileException e) {
                assertThat(e.problem()).as(how + ": refused as").isIn(refusalsFor(damaged));
                assertThat(sha256(file)).as(how + ": the refused file is left as it was").isEqualTo(before);
                Files.delete(file);
                continue;
            }
            if (opener == Opener.TO_READ) {
                assertThat(sha256(file)).as(how + ": reading changes nothing").isEqualTo(before);
            }
            Files.delete(file);
        }
    }

    /** Damaged, or (a flip in H2's "H:2," mark, or nothing left of it) not recognisable as a client file at all. */
    private static Set<ClientFileProblem> refusalsFor(byte[] damaged) {
        boolean markIntact = damaged.length >= 4 && damaged[0] == 'H' && damaged[1] == ':' && damaged[2] == '2' && damaged[3] == ',';
        return markIntact || damaged.length == 0 ? Set.of(ClientFileProblem.DAMAGED)
                : Set.of(ClientFileProblem.DAMAGED, ClientFileProblem.NOT_A_CLIENT_FILE);
    }

    private static byte[] flipped(byte[] bytes, int offset, int bit) {
        byte[] copy = bytes.clone();
        copy[offset] ^= (byte) (1 << bit);
        return copy;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
