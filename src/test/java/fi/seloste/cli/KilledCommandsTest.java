package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.seloste.domain.Notice;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.CliProcess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line killed at random moments (SIGKILL, as a crash, a closed laptop lid or an impatient user would end
 * it), the way the reliability probe did it: {@code seloste import} into a new target and with {@code --replace},
 * and a batch {@code seloste export} into a folder that already holds complete exports. After every kill: no
 * half-written file under a final name, every file that was there before byte-identical, a replaced client file
 * either its old bytes or the complete new file, and hidden leftovers never listed as client files. Each run's seed is
 * printed in its failure messages; {@code -Dseloste.kill.seed=N} repeats a run.
 */
class KilledCommandsTest {

    private static final long SEED = Long.getLong("seloste.kill.seed", System.currentTimeMillis());
    private static final Path SEED_JSON = Path.of("docs/samples/physiotherapy-seed.json");
    private static final String EXT = ".seloste.mv.db";
    /** What a killed import or export may leave: hidden, never under a name a user or Seloste would take as final. */
    private static final Pattern HIDDEN_LEFTOVER = Pattern.compile(
            "\\.import-[0-9a-f-]{36}\\.seloste\\.(mv|trace)\\.db|\\..+\\.[0-9a-f-]{36}\\.tmp");
    private static final Pattern BACKUP = Pattern.compile(Pattern.quote("Fysio" + EXT) + "\\.before-import-[0-9-]+\\.bak");
    private static final long CHILD_TIMEOUT_SECONDS = 300;

    @TempDir
    Path dir;

    private static final int IMPORT_KILLS_PER_LANE = 17;
    private static final int EXPORT_KILLS_PER_LANE = 8;

    private final List<String> log = new ArrayList<>();

    @Test
    void killedImportsLeaveEitherNothingOrTheWholeFileAndAReplacedFileOldOrWholeNew() throws Exception {
        Path newJson = dir.resolve("larger.json");
        Files.write(newJson, NoticeInterchange.write(new InterchangeDocument(larger(), List.of())));
        String expectedNew = Files.readString(newJson, StandardCharsets.UTF_8);
        Path oldClient = dir.resolve("old" + EXT);
        assertThat(CliRun.of("import", SEED_JSON.toString(), "--into", oldClient.toString()).exitCode()).isZero();
        byte[] oldBytes = Files.readAllBytes(oldClient);

        // Two lanes at once, each in its own folder: one imports into a new target, one replaces an existing file.
        List<ImportLane> lanes = List.of(new ImportLane(0, false, newJson, oldBytes, expectedNew),
                new ImportLane(1, true, newJson, oldBytes, expectedNew));
        inLanes(lanes, lane -> lane.prepare());
        int kills = inLanes(lanes, lane -> lane.killRepeatedly(IMPORT_KILLS_PER_LANE));
        assertThat(kills).as(seeded("kills of import:\n" + String.join("\n", log))).isGreaterThanOrEqualTo(2 * IMPORT_KILLS_PER_LANE);
    }

    /** One folder and its own random sequence: a client file beside the target, and the target itself. */
    private final class ImportLane {
        private final boolean replace;
        private final Path newJson;
        private final byte[] oldBytes;
        private final String expectedNew;
        private final Random lanesRandom;
        private final Path folder;
        private final Path config;
        private final Path target;
        private Map<String, String> untouchable;
        private long cleanMillis;

        ImportLane(int lane, boolean replace, Path newJson, byte[] oldBytes, String expectedNew) throws IOException {
            this.replace = replace;
            this.newJson = newJson;
            this.oldBytes = oldBytes;
            this.expectedNew = expectedNew;
            this.lanesRandom = new Random(SEED + lane);
            this.folder = Files.createDirectories(dir.resolve("clients-" + lane));
            this.config = dir.resolve("config-" + lane);
            this.target = folder.resolve("Fysio" + EXT);
        }

        /** The other client file, and a clean run: how long one takes, and that it does what the kills interrupt. */
        int prepare() throws Exception {
            Path other = folder.resolve("Muu asiakas" + EXT);
            Files.write(other, oldBytes);
            untouchable = Map.of(other.getFileName().toString(), sha256(other));
            reset();
            cleanMillis = timedCleanRun(config, arguments());
            assertThat(exportJson(target)).as(seeded("the clean import")).isEqualTo(expectedNew);
            return 0;
        }

        private List<String> arguments() {
            List<String> args = new ArrayList<>(List.of("import", newJson.toString(), "--into", target.toString()));
            if (replace) {
                args.add("--replace");
            }
            return args;
        }

        int killRepeatedly(int wanted) throws Exception {
            int kills = 0;
            for (int runs = 1; kills < wanted && runs <= 3 * wanted; runs++) {
                reset();
                Outcome outcome = runAndKill(lanesRandom, config, arguments(), cleanMillis, 0.3);
                kills += outcome.killed ? 1 : 0;
                cleanMillis = outcome.runMillis(cleanMillis);
                String what = seeded("import " + (replace ? "--replace" : "into a new target") + ", run " + runs + ", " + outcome);
                log(what);
                check(outcome, what);
            }
            return kills;
        }

        private void check(Outcome outcome, String what) throws Exception {
            assertUntouched(folder, untouchable, what);
            for (String name : names(folder)) {
                if (name.startsWith(".")) {
                    assertThat(name).as(what + ": a hidden leftover").matches(HIDDEN_LEFTOVER);
                } else if (BACKUP.matcher(name).matches()) {
                    assertThat(replace).as(what + ": a backup only when replacing").isTrue();
                    assertThat(Files.readAllBytes(folder.resolve(name))).as(what + ": the backup " + name).isEqualTo(oldBytes);
                } else {
                    assertThat(name).as(what + ": a file under a final name")
                            .isIn(untouchable.keySet().iterator().next(), target.getFileName().toString());
                }
            }
            if (Files.exists(target)) {
                boolean old = replace && java.util.Arrays.equals(Files.readAllBytes(target), oldBytes);
                if (!old) {
                    assertThat(exportJson(target)).as(what + ": the target is the whole new notice").isEqualTo(expectedNew);
                }
            } else {
                assertThat(replace).as(what + ": a replaced file never disappears").isFalse();
            }
            if (!outcome.killed) {
                assertThat(outcome.result.exitCode()).as(what + "\n" + outcome.result.err()).isZero();
                assertThat(target).as(what).exists();
            }
            assertLeftoversNeverListed(folder, what);
        }

        private void reset() throws IOException {
            resetImportTarget(folder, target, replace ? oldBytes : null);
        }
    }

    @Test
    void killedBatchExportsLeaveEveryFileEitherAsItWasOrWhole() throws Exception {
        Path clients = Files.createDirectories(dir.resolve("clients"));
        List<Path> files = new ArrayList<>();
        Path earlier = Files.createDirectories(dir.resolve("earlier"));
        Map<String, Notice> notices = Map.of("Fysio", SeedNotices.physiotherapy(), "Kauneus", SeedNotices.beautySalon(),
                "Hieroja", larger());
        for (Map.Entry<String, Notice> entry : new TreeMap<>(notices).entrySet()) {
            files.add(clientFile(clients.resolve(entry.getKey() + EXT), entry.getValue()));
            // The same clients as they were a year ago: their exports are in the folder before the batch runs.
            clientFile(earlier.resolve(entry.getKey() + EXT),
                    entry.getValue().withController(entry.getValue().controller().withName("Vanha nimi Oy")));
        }
        Map<String, String> sources = new TreeMap<>();
        for (Path file : files) {
            sources.put(file.getFileName().toString(), sha256(file));
        }
        List<String> exportArgs = new ArrayList<>(List.of("export"));
        files.forEach(f -> exportArgs.add(f.toString()));
        exportArgs.addAll(List.of("--format", "pdf,html,fragment,json", "--lang", "fi,sv,en"));

        Path before = dir.resolve("before");
        List<String> earlierArgs = new ArrayList<>(List.of("export"));
        try (Stream<Path> old = Files.list(earlier)) {
            old.sorted().forEach(f -> earlierArgs.add(f.toString()));
        }
        earlierArgs.addAll(List.of("--format", "pdf,html,fragment,json", "--lang", "fi,sv,en", "--out", before.toString()));
        CliRun made = CliRun.of(earlierArgs.toArray(String[]::new));
        assertThat(made.exitCode()).as(made.err()).isZero();
        Files.writeString(before.resolve("muistiinpanot.txt"), "Asiakkaan muistiinpanot\n");
        Files.copy(before.resolve("Fysio-fi.pdf"), before.resolve("Muu asiakas-fi.pdf"));
        Map<String, byte[]> beforeFiles = contents(before);

        List<ExportLane> lanes = List.of(new ExportLane(0, exportArgs, beforeFiles, files, sources),
                new ExportLane(1, exportArgs, beforeFiles, files, sources));
        inLanes(lanes, lane -> lane.prepare());
        assertThat(lanes.get(1).whole).as(seeded("two clean exports at once write the same bytes"))
                .containsExactlyEntriesOf(lanes.get(0).whole);
        assertThat(lanes.get(0).whole).hasSize(files.size() * 10);
        int kills = inLanes(lanes, lane -> lane.killRepeatedly(EXPORT_KILLS_PER_LANE));
        assertThat(kills).as(seeded("kills of export:\n" + String.join("\n", log))).isGreaterThanOrEqualTo(2 * EXPORT_KILLS_PER_LANE);
    }

    /** One lane of batch exports, each into its own folder, prefilled with earlier exports two times in three. */
    private final class ExportLane {
        private final int lane;
        private final List<String> exportArgs;
        private final Map<String, byte[]> beforeFiles;
        private final List<Path> files;
        private final Map<String, String> sources;
        private final Random lanesRandom;
        private final Path config;
        private Map<String, byte[]> whole;
        private LocalDate referenceDay;
        private long cleanMillis;

        ExportLane(int lane, List<String> exportArgs, Map<String, byte[]> beforeFiles, List<Path> files,
                   Map<String, String> sources) {
            this.lane = lane;
            this.exportArgs = exportArgs;
            this.beforeFiles = beforeFiles;
            this.files = files;
            this.sources = sources;
            this.lanesRandom = new Random(SEED + 10 + lane);
            this.config = dir.resolve("config-" + lane);
        }

        int prepare() throws Exception {
            Path reference = dir.resolve("reference-" + lane);
            if (Files.exists(reference)) {
                deleteTree(reference);
            }
            cleanMillis = timedCleanRun(config, with(exportArgs, "--out", reference.toString()));
            whole = contents(reference);
            referenceDay = LocalDate.now();
            return 0;
        }

        int killRepeatedly(int wanted) throws Exception {
            int kills = 0;
            for (int runs = 1; kills < wanted && runs <= 3 * wanted; runs++) {
                if (!LocalDate.now().equals(referenceDay)) {
                    // The export dates its files: after midnight the whole files are those of the new day.
                    prepare();
                }
                Path out = Files.createDirectories(dir.resolve("out-" + lane + "-" + runs));
                boolean prefilled = runs % 3 != 0;
                if (prefilled) {
                    for (Map.Entry<String, byte[]> file : beforeFiles.entrySet()) {
                        Files.write(out.resolve(file.getKey()), file.getValue());
                    }
                }
                Outcome outcome = runAndKill(lanesRandom, config, with(exportArgs, "--out", out.toString()), cleanMillis, 0.1);
                kills += outcome.killed ? 1 : 0;
                cleanMillis = outcome.runMillis(cleanMillis);
                String what = seeded("export, lane " + lane + ", run " + runs
                        + (prefilled ? " (into earlier exports)" : " (into an empty folder)") + ", " + outcome);
                log(what);
                check(out, prefilled, outcome, what);
                deleteTree(out);
            }
            return kills;
        }

        private void check(Path out, boolean prefilled, Outcome outcome, String what) throws Exception {
            for (String name : names(out)) {
                if (name.startsWith(".")) {
                    assertThat(name).as(what + ": a hidden leftover").matches(HIDDEN_LEFTOVER);
                    continue;
                }
                byte[] content = Files.readAllBytes(out.resolve(name));
                byte[] was = prefilled ? beforeFiles.get(name) : null;
                byte[] now = whole.get(name);
                assertThat(was != null || now != null).as(what + ": " + name + " is a file the export writes or was there").isTrue();
                boolean asItWas = was != null && java.util.Arrays.equals(content, was);
                boolean complete = now != null && java.util.Arrays.equals(content, now);
                assertThat(asItWas || complete).as(what + ": " + name + " (" + content.length
                        + " bytes) is either as it was or the whole new file").isTrue();
            }
            if (prefilled) {
                for (String name : beforeFiles.keySet()) {
                    assertThat(out.resolve(name)).as(what + ": an earlier export never disappears").exists();
                }
            }
            if (!outcome.killed) {
                assertThat(outcome.result.exitCode()).as(what + "\n" + outcome.result.err()).isZero();
                assertThat(names(out)).as(what).containsAll(whole.keySet());
            }
            for (Path source : files) {
                assertThat(sha256(source)).as(what + ": the exported client file " + source.getFileName())
                        .isEqualTo(sources.get(source.getFileName().toString()));
            }
        }
    }

    private interface LaneWork<L> {
        int run(L lane) throws Exception;
    }

    /** Runs the work of every lane at once, one thread each; returns the sum of what they return. */
    private static <L> int inLanes(List<L> lanes, LaneWork<L> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(lanes.size());
        try {
            List<Future<Integer>> running = new ArrayList<>();
            for (L lane : lanes) {
                running.add(threads.submit(() -> work.run(lane)));
            }
            int sum = 0;
            for (Future<Integer> result : running) {
                try {
                    sum += result.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw (Exception) e.getCause();
                }
            }
            return sum;
        } finally {
            threads.shutdownNow();
        }
    }

    private synchronized void log(String line) {
        log.add(line);
    }

    /** Starts the command and kills it after a random share of a clean run's time, unless it ended first. */
    private static Outcome runAndKill(Random random, Path config, List<String> args, long cleanMillis, double earliest)
            throws Exception {
        long delay = (long) (cleanMillis * (earliest + random.nextDouble() * (1.0 - earliest)));
        long start = System.nanoTime();
        CliProcess cli = CliProcess.start(config, args);
        boolean ended = cli.awaitEnd(delay);
        if (!ended) {
            cli.kill();
            return new Outcome(true, delay, delay, null);
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        CliProcess.Result result = cli.result();
        assertThat(result.showsStackTrace()).as(seeded("stack trace on the terminal: " + result.err())).isFalse();
        return new Outcome(false, delay, took, result);
    }

    private static long timedCleanRun(Path config, List<String> args) throws Exception {
        long start = System.nanoTime();
        CliProcess.Result result = CliProcess.run(config, CHILD_TIMEOUT_SECONDS, args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.exitCode()).as(seeded("clean run of " + args + "\n" + result.err())).isZero();
        assertThat(result.showsStackTrace()).isFalse();
        return millis;
    }

    private record Outcome(boolean killed, long delayMillis, long tookMillis, CliProcess.Result result) {
        @Override
        public String toString() {
            return killed ? "killed after " + delayMillis + " ms"
                    : "ended by itself (exit " + result.exitCode() + ") after " + tookMillis + " ms";
        }

        /**
         * How long a whole run takes from now on: a run that ended before its kill shows the machine got faster than
         * when the clean run was timed (the other tests' load comes and goes), so later kills aim within its time.
         */
        long runMillis(long before) {
            return killed || result.exitCode() != 0 ? before : Math.max(1, Math.min(before, tookMillis));
        }
    }

    private static void resetImportTarget(Path folder, Path target, byte[] oldBytes) throws IOException {
        Files.deleteIfExists(target);
        for (String name : names(folder)) {
            if (BACKUP.matcher(name).matches()) {
                Files.delete(folder.resolve(name));
            }
        }
        if (oldBytes != null) {
            Path staged = folder.resolve(".staged-" + System.nanoTime());
            Files.write(staged, oldBytes);
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void assertUntouched(Path folder, Map<String, String> untouchable, String what) throws Exception {
        for (Map.Entry<String, String> file : untouchable.entrySet()) {
            assertThat(sha256(folder.resolve(file.getKey()))).as(what + ": " + file.getKey() + " is as it was")
                    .isEqualTo(file.getValue());
        }
    }

    /** {@code seloste list} shows the real client files only, never a hidden leftover, and reads every one. */
    private static void assertLeftoversNeverListed(Path folder, String what) throws IOException {
        long clientFiles = names(folder).stream().filter(n -> !n.startsWith(".") && n.endsWith(EXT)).count();
        CliRun list = CliRun.of("list", folder.toString());
        assertThat(list.out()).as(what + ": list").doesNotContain(".import-").doesNotContain(".tmp");
        assertThat(list.err()).as(what + ": list")
                .contains(clientFiles == 1 ? "1 client file, all readable" : clientFiles + " client files, all readable");
    }

    private static String exportJson(Path file) throws ClientFileException {
        try (ClientFile client = ClientFiles.openToRead(file)) {
            return new String(NoticeInterchange.write(new InterchangeDocument(client.load(), client.signedVersions())),
                    StandardCharsets.UTF_8);
        }
    }

    private static Path clientFile(Path file, Notice notice) throws Exception {
        Path json = file.resolveSibling(file.getFileName() + ".json");
        Files.write(json, NoticeInterchange.write(new InterchangeDocument(notice, List.of())));
        CliRun imported = CliRun.of("import", json.toString(), "--into", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Files.delete(json);
        return file;
    }

    /** A notice with more to write and render than the seed: both seeds' registers under one controller. */
    private static Notice larger() {
        Notice physio = SeedNotices.physiotherapy();
        List<fi.seloste.domain.Register> registers = new ArrayList<>(physio.registers());
        long id = registers.stream().mapToLong(fi.seloste.domain.Register::id).max().orElse(0);
        for (fi.seloste.domain.Register register : SeedNotices.beautySalon().registers()) {
            registers.add(register.toBuilder().id(++id).build());
        }
        return physio.withController(physio.controller().withName("Hieroja Lehtonen")).withRegisters(registers);
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (String name : names(folder)) {
            contents.put(name, Files.readAllBytes(folder.resolve(name)));
        }
        return contents;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String seeded(String what) {
        return "[seed " + SEED + ", repeat with -Dseloste.kill.seed=" + SEED + "] " + what;
    }
}
