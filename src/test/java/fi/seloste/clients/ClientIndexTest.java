package fi.seloste.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;

class ClientIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Helsinki")).toInstant(),
            ZoneId.of("Europe/Helsinki"));

    @TempDir
    Path dir;

    @Test
    void aRescanOfUnchangedFilesTakesEverythingFromTheIndexAndAChangedFileIsReadAgain() throws Exception {
        Path a = settled(write("A", SeedNotices.physiotherapy()));
        Path b = settled(write("B", SeedNotices.physiotherapy()));
        Path indexFile = dir.resolve("cache/client-index.json");

        List<ClientSummary> first = new ClientScanner(ClientIndex.load(indexFile), CLOCK).scan(List.of(dir)).summaries();
        assertThat(first).extracting(ClientSummary::client).containsOnly(SeedNotices.physiotherapy().controller().name());
        assertThat(indexFile).exists();

        // An index entry that says something else than the file proves the rescan did not open the file.
        ClientIndex index = ClientIndex.load(indexFile);
        ClientSummary marked = withClient(first.get(0), "From the index");
        index.put(marked, FileStamp.of(a), Instant.now());
        index.save();
        assertThat(new ClientScanner(ClientIndex.load(indexFile), CLOCK).scan(List.of(dir)).summaries())
                .extracting(ClientSummary::client).containsExactly("From the index",
                        SeedNotices.physiotherapy().controller().name());

        try (ClientFile file = ClientFiles.open(a)) {
            Controller c = file.load().controller();
            file.saveController(new Controller("Uusi Nimi Oy", c.businessId(), c.address(), c.phone(), c.email(),
                    c.website()));
        }
        assertThat(new ClientScanner(ClientIndex.load(indexFile), CLOCK).scan(List.of(dir)).summaries())
                .extracting(ClientSummary::client).containsExactly("Uusi Nimi Oy",
                        SeedNotices.physiotherapy().controller().name());
        assertThat(b).exists();
    }

    @Test
    void anEntryIsStaleWhenTheSizeOrTheModificationTimeDiffersOrItWasCheckedOnAnotherDay() throws Exception {
        Path a = settled(write("A", Notice.EMPTY));
        ClientIndex index = ClientIndex.load(dir.resolve("index.json"));
        FileStamp stamp = FileStamp.of(a);
        ClientSummary summary = ClientSummaries.read(a, TODAY);
        index.put(summary, stamp, Instant.now());

        assertThat(index.lookup(a, stamp, TODAY)).contains(summary);
        assertThat(index.lookup(a, new FileStamp(stamp.size() + 1, stamp.modifiedNanos()), TODAY)).isEmpty();
        assertThat(index.lookup(a, new FileStamp(stamp.size(), stamp.modifiedNanos() + 1), TODAY)).isEmpty();
        assertThat(index.lookup(a, stamp, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void anEntryWrittenWithinTheTimestampsTickOfTheFilesLastChangeIsNotTrusted() throws Exception {
        Path a = write("A", Notice.EMPTY);
        FileStamp stamp = FileStamp.of(a);
        ClientIndex index = ClientIndex.load(dir.resolve("index.json"));
        ClientSummary summary = ClientSummaries.read(a, TODAY);

        index.put(summary, stamp, Instant.ofEpochMilli(stamp.modifiedNanos() / 1_000_000 + 500));
        assertThat(index.lookup(a, stamp, TODAY)).isEmpty();

        index.put(summary, stamp, Instant.ofEpochMilli(stamp.modifiedNanos() / 1_000_000 + ClientIndex.RACY_MILLIS));
        assertThat(index.lookup(a, stamp, TODAY)).contains(summary);
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheFiles() throws Exception {
        settled(write("A", SeedNotices.physiotherapy()));
        Path indexFile = dir.resolve("client-index.json");
        Files.writeString(indexFile, "{\"format\":1,\"stamp\":\"" + ClientIndex.thisSelosteStamp() + "\",\"entries\":{\"x\":");

        List<ClientSummary> scanned = new ClientScanner(ClientIndex.load(indexFile), CLOCK).scan(List.of(dir)).summaries();

        assertThat(scanned).extracting(ClientSummary::client).containsExactly(SeedNotices.physiotherapy().controller().name());
        assertThat(ClientIndex.load(indexFile).size()).isEqualTo(1);
        assertThat(Files.readString(indexFile)).contains(dir.resolve("A.seloste.mv.db").toString());
    }

    @Test
    void anIndexOfAnotherSelosteBuildIsNotUsed() throws Exception {
        Path a = settled(write("A", Notice.EMPTY));
        Path indexFile = dir.resolve("client-index.json");
        ClientIndex old = ClientIndex.load(indexFile, "0.0.1/1");
        old.put(ClientSummaries.read(a, TODAY), FileStamp.of(a), Instant.now());
        old.save();

        assertThat(ClientIndex.load(indexFile).lookup(a, FileStamp.of(a), TODAY)).isEmpty();
        assertThat(ClientIndex.load(indexFile, "0.0.1/1").lookup(a, FileStamp.of(a), TODAY)).isPresent();
    }

    @Test
    void anUnreadableFileIsARowWithItsProblemAndIsNotIndexed() throws Exception {
        Path broken = dir.resolve("Rikki.seloste.mv.db");
        Files.writeString(broken, "roskaa");
        Path indexFile = dir.resolve("cache/client-index.json");

        List<ClientSummary> scanned = new ClientScanner(ClientIndex.load(indexFile), CLOCK).scan(List.of(dir)).summaries();

        assertThat(scanned).singleElement().satisfies(s -> {
            assertThat(s.readable()).isFalse();
            assertThat(s.problem()).isIn(ClientFileProblem.NOT_A_CLIENT_FILE, ClientFileProblem.DAMAGED);
        });
        assertThat(ClientIndex.load(indexFile).size()).isZero();
    }

    @Test
    void aFolderThatIsNotThereIsReportedAndTheOthersAreScanned() throws Exception {
        settled(write("A", Notice.EMPTY));
        ClientScanner.Scan scan = new ClientScanner(ClientIndex.load(dir.resolve("i.json")), CLOCK)
                .scan(List.of(dir.resolve("missing"), dir));

        assertThat(scan.summaries()).hasSize(1);
        assertThat(scan.folderProblems()).singleElement().satisfies(p -> assertThat(p.missing()).isTrue());
    }

    private static ClientSummary withClient(ClientSummary s, String client) {
        return new ClientSummary(s.file(), s.problem(), client, s.businessId(), s.signedVersion(), s.changedSinceSignOff(),
                s.lastSigner(), s.lastSignedAt(), s.reviewDue(), s.errors(), s.warnings(), s.catalogueUpdates(),
                s.checkedOn());
    }

    /** As a file saved a while ago: the index does not trust entries written within the timestamp's tick. */
    private static Path settled(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    private Path write(String name, Notice notice) throws Exception {
        Path file = dir.resolve(name + ".seloste.mv.db");
        ClientFileWriter.write(file, notice);
        return file;
    }
}
