package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.InterchangeFiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void exportThenImportThenExportGivesTheSameJsonAndKeepsEverySignedVersion() throws Exception {
        Path original = signedTwiceAndChanged();
        Path json = dir.resolve("fysio.json");

        CliRun exported = CliRun.of("export-json", original.toString(), "--out", json.toString());
        CliRun imported = CliRun.of("import", json.toString(), "--into", dir.resolve("copy/Fysio kopio").toString());
        Path copy = dir.resolve("copy/Fysio kopio.seloste.mv.db");
        CliRun again = CliRun.of("export-json", copy.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("1 register, 2 signed versions");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo(Files.readString(json, StandardCharsets.UTF_8));
        try (ClientFile a = ClientFiles.open(original); ClientFile b = ClientFiles.open(copy)) {
            assertThat(b.load()).isEqualTo(a.load());
            assertThat(b.signOffs()).isEqualTo(a.signOffs());
            assertThat(b.signedVersions()).isEqualTo(a.signedVersions());
            // A register added after the import gets an id no signed version has used.
            long highest = a.signedVersions().stream().flatMap(v -> v.notice().registers().stream())
                    .mapToLong(Register::id).max().orElseThrow();
            assertThat(b.addRegister(fi.seloste.domain.RegisterTemplate.BLANK, LocalizedText.finnish("Uusi")).id())
                    .isGreaterThan(highest);
        }
    }

    /** A file the previous Seloste wrote (format version 1, signed once) imports and exports again as version 2. */
    @Test
    void aVersion1FileImportsAndItsSignedVersionKeepsItsFormAndFingerprint() throws Exception {
        Path json = dir.resolve("fysio-v1.json");
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/fi/seloste/interchange/format1-physiotherapy.json"))) {
            Files.write(json, in.readAllBytes());
        }
        JsonNode before = JSON.readTree(json.toFile());
        Path target = dir.resolve("Fysio.seloste.mv.db");

        CliRun imported = CliRun.of("import", json.toString(), "--into", target.toString());
        CliRun exported = CliRun.of("export-json", target.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("1 register, 1 signed version");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        JsonNode after = JSON.readTree(exported.out());
        assertThat(after.get("formatVersion").asInt()).isEqualTo(NoticeInterchange.FORMAT_VERSION);
        JsonNode signOff = after.get("signOffs").get(0);
        assertThat(signOff.get("contentFormat").asInt()).isEqualTo(1);
        assertThat(signOff.get("contentSha256")).isEqualTo(before.get("signOffs").get(0).get("contentSha256"));
        assertThat(signOff.get("content")).isEqualTo(before.get("signOffs").get(0).get("content"));
        assertThat(after.at("/notice/systems/0/transfers/0/country").asString()).isEqualTo("US");
    }

    @Test
    void anInvalidFileIsRefusedWithTheFieldPathsAndNothingIsWritten() throws Exception {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, validJson()
                .replaceFirst("\"basis\" : \"[A-Z_]+\"", "\"basis\" : \"GUT_FEELING\"")
                .replaceFirst("\"email\" : \"[^\"]*\"", "\"email\" : 42"));
        Path target = dir.resolve("Uusi.seloste.mv.db");

        CliRun run = CliRun.of(Language.FI, "import", json.toString(), "--into", target.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("ei voi tuoda; 2 ongelmaa", "notice.controller.email",
                "notice.registers[0].purposes[0].basis", "Paikkaan " + target + " ei kirjoitettu mitään.")
                .doesNotContain("null odotettu");
        assertThat(target).doesNotExist();
        assertThat(folderContents()).containsExactly("broken.json");
    }

    @Test
    void aNewerFormatIsRefusedWithAClearMessage() throws Exception {
        Path json = dir.resolve("future.json");
        String current = "\"formatVersion\" : " + NoticeInterchange.FORMAT_VERSION + ",";
        String next = "\"formatVersion\" : " + (NoticeInterchange.FORMAT_VERSION + 1) + ",";
        String future = validJson().replace(current, next);
        assertThat(future).contains(next);
        Files.writeString(json, future);

        CliRun run = CliRun.of("import", json.toString(), "--into", dir.resolve("Uusi").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("format version " + (NoticeInterchange.FORMAT_VERSION + 1)
                + ", written by a newer Seloste", "update Seloste");
        assertThat(dir.resolve("Uusi.seloste.mv.db")).doesNotExist();
    }

    @Test
    void notJsonAndAnotherProgramsJsonAreRefused() throws Exception {
        Path truncated = dir.resolve("cut.json");
        String whole = validJson();
        Files.writeString(truncated, whole.substring(0, whole.length() / 2));
        Path other = dir.resolve("package.json");
        Files.writeString(other, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");

        CliRun cut = CliRun.of("import", truncated.toString(), "--into", dir.resolve("A").toString());
        CliRun foreign = CliRun.of("import", other.toString(), "--into", dir.resolve("B").toString());
        CliRun missing = CliRun.of("import", dir.resolve("nothing.json").toString(), "--into", dir.resolve("C").toString());

        assertThat(cut.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(cut.err()).contains("not valid JSON (line");
        assertThat(foreign.err()).contains("not a Seloste notice file");
        assertThat(missing.err()).contains("No file at");
        assertThat(folderContents()).containsExactlyInAnyOrder("cut.json", "package.json");
    }

    @Test
    void aSignedVersionChangedInTheFileIsRefused() throws Exception {
        Path json = dir.resolve("tampered.json");
        String text = validJson();
        int content = text.indexOf("\"content\"");
        String tampered = text.substring(0, content)
                + text.substring(content).replaceFirst("\"name\" : \"Flowest\"", "\"name\" : \"Flowest Oy\"");
        Files.writeString(json, tampered);

        CliRun run = CliRun.of("import", json.toString(), "--into", dir.resolve("T").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("signOffs[0].contentSha256", "does not match its SHA-256 fingerprint");
        assertThat(dir.resolve("T.seloste.mv.db")).doesNotExist();
    }

    @Test
    void anExistingClientFileIsReplacedOnlyWhenAskedAndACopyIsKept() throws Exception {
        Path json = dir.resolve("fysio.json");
        Files.writeString(json, validJson());
        Path existing = dir.resolve("Olemassa.seloste.mv.db");
        ClientFileWriter.write(existing, SeedNotices.beautySalon());
        byte[] before = Files.readAllBytes(existing);

        CliRun refused = CliRun.of("import", json.toString(), "--into", existing.toString());
        byte[] afterRefusal = Files.readAllBytes(existing);
        CliRun replaced = CliRun.of("import", json.toString(), "--into", existing.toString(), "--replace");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(refused.err()).contains("add --replace");
        assertThat(afterRefusal).isEqualTo(before);
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        try (ClientFile client = ClientFiles.open(existing)) {
            assertThat(client.load().controller().name()).isEqualTo(SeedNotices.physiotherapy().controller().name());
        }
        Path copy = folderContents().stream().filter(n -> n.contains(".before-import-")).map(dir::resolve).findFirst().orElseThrow();
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAClientFileIsNeverReplaced() throws Exception {
        Path json = dir.resolve("fysio.json");
        Files.writeString(json, validJson());
        Path notes = dir.resolve("Muistiinpanot.seloste.mv.db");
        Files.writeString(notes, "tärkeitä muistiinpanoja");

        CliRun run = CliRun.of("import", json.toString(), "--into", notes.toString(), "--replace");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("is not a Seloste client file");
        assertThat(Files.readString(notes)).isEqualTo("tärkeitä muistiinpanoja");
    }

    /**
     * A device reports a size of 0, so the cap counts the bytes read, not the size (the probe: 19 s, 2.7 GB, an
     * OutOfMemoryError with its stack trace, exit 1).
     */
    @Test
    void anEndlessDeviceIsRefusedAfter64MegabytesWithoutAStackTrace() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");

        CliRun run = CliRun.of("import", zero.toString(), "--into", dir.resolve("Z").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("/dev/zero is larger than 64 MB, far larger than any notice")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(folderContents()).isEmpty();
    }

    /** A named pipe (as a FIFO or {@code <(…)} gives) has no size either; its writer never stops. */
    @Test
    void aPipeThatNeverEndsIsRefusedAfter64Megabytes() throws Exception {
        Path fifo = dir.resolve("endless.fifo");
        assumeTrue(makeFifo(fifo), "mkfifo (Linux, macOS)");
        Thread writer = new Thread(() -> {
            byte[] zeros = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(zeros);
                }
            } catch (IOException readerClosedIt) {
                // the import stopped reading: what the test waits for
            }
        }, "endless fifo writer");
        writer.setDaemon(true);
        writer.start();

        CliRun run = CliRun.of("import", fifo.toString(), "--into", dir.resolve("P").toString());
        writer.interrupt();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains(fifo + " is larger than 64 MB").doesNotContain("Exception");
        assertThat(folderContents()).containsExactly("endless.fifo");
    }

    @Test
    void endlessStandardInputIsRefusedAndNamedAsStandardInput() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                return length;
            }
        };

        CliRun run = withStandardInput(endless, () -> CliRun.of("import", "-", "--into", dir.resolve("S").toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("- (standard input) is larger than 64 MB").doesNotContain("/-");
        assertThat(dir.resolve("S.seloste.mv.db")).doesNotExist();
    }

    @Test
    void aNoticeOnStandardInputImportsAndABadOneIsNamedAsStandardInput() throws Exception {
        String json = InterchangeFiles.signedSeed();
        InputStream good = new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        InputStream bad = new java.io.ByteArrayInputStream(json.replace("\"FI\"", "\"DE\"").getBytes(StandardCharsets.UTF_8));

        CliRun imported = withStandardInput(good, () -> CliRun.of("import", "-", "--into", dir.resolve("G").toString()));
        CliRun refused = withStandardInput(bad, () -> CliRun.of("import", "-", "--into", dir.resolve("B").toString()));

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(refused.err()).contains("- (standard input) cannot be imported");
        assertThat(dir.resolve("B.seloste.mv.db")).doesNotExist();
    }

    /**
     * signedAt with nine digits comes back exactly (the probe: …30.123456789Z became …30.123457Z, rewriting a signed
     * record). The interchange reader keeps the nanoseconds, and the client file's sign_off.signed_at is
     * timestamp(9) since format 6.
     */
    @Test
    void aSignOffTimeWithNineFractionDigitsComesBackExactly() throws Exception {
        Path json = dir.resolve("nanos.json");
        String original = InterchangeFiles.signedSeed(Instant.parse("2026-11-22T10:15:30.123456789Z"));
        Files.writeString(json, original);
        Path target = dir.resolve("N.seloste.mv.db");

        CliRun imported = CliRun.of("import", json.toString(), "--into", target.toString());
        CliRun exported = CliRun.of("export-json", target.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(exported.out()).contains("\"signedAt\" : \"2026-11-22T10:15:30.123456789Z\"").isEqualTo(original);
    }

    /** The physiotherapy seed signed as version 1, changed, signed as version 2, then changed again. */
    private Path signedTwiceAndChanged() throws Exception {
        Path file = dir.resolve("Fysio Virtanen.seloste.mv.db");
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        try (ClientFile client = ClientFiles.open(file)) {
            client.signOff("Veera Westerholm", LocalizedText.finnish("yrittäjä"), Instant.parse("2025-11-03T08:00:00Z"));
            Notice notice = client.load();
            client.saveController(notice.controller().withPhone("+358 50 111 2222"));
            client.signOff("Veera Westerholm", LocalizedText.EMPTY, Instant.parse("2026-11-02T10:15:30.123456Z"));
            client.saveController(notice.controller().withEmail("info@flowest.fi"));
        }
        return file;
    }

    private String validJson() throws Exception {
        Path file = signedTwiceAndChanged();
        CliRun run = CliRun.of("export-json", file.toString());
        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        return run.out();
    }

    private static CliRun withStandardInput(InputStream in, java.util.function.Supplier<CliRun> run) {
        InputStream original = System.in;
        System.setIn(in);
        try {
            return run.get();
        } finally {
            System.setIn(original);
        }
    }

    private static boolean makeFifo(Path fifo) {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private java.util.List<String> folderContents() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
