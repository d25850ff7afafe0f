package fi.seloste.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.seloste.clients.ClientIndex;
import fi.seloste.clients.ClientScanner;
import fi.seloste.clients.ClientSummary;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.samples.TemplateNotices;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;

/**
 * The client overview's scan of many client files (issue 14), driven by src/bench/client-overview.sh, not by the build.
 * <pre>
 * java -cp … fi.seloste.bench.ClientScanBench make DIR 500     # 500 client files: copies of 8 varied ones
 * java -cp … fi.seloste.bench.ClientScanBench scan DIR INDEX 5 # first scan, rescan, refresh of one changed file
 * </pre>
 * Each of the runs deletes the index and scans (first scan), scans again with nothing changed (rescan), then changes
 * one file through the store as the app's autosave does and refreshes it (refresh). Prints every run, then the
 * medians; the first run is also the JVM's first, as when the app opens the overview just after start.
 */
public final class ClientScanBench {

    private ClientScanBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "make" -> make(Path.of(args[1]), Integer.parseInt(args[2]));
            case "scan" -> scan(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            // The app's remembered client folders, as Add folder… would leave them: for a run of the app itself.
            case "folders" -> new fi.seloste.settings.ClientFoldersStore(Path.of(args[1]), Path.of(args[2]))
                    .save(List.of(Path.of(args[3]).toAbsolutePath()));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void make(Path dir, int count) throws Exception {
        Files.createDirectories(dir);
        List<Notice> kinds = new ArrayList<>();
        kinds.add(SeedNotices.physiotherapy());
        for (Map.Entry<String, Notice> sample : TemplateNotices.all().entrySet()) {
            kinds.add(sample.getValue());
        }
        Path models = Files.createTempDirectory(dir.getParent(), "models");
        List<Path> made = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            Notice base = kinds.get(k);
            NoticeSettings s = base.settings();
            LocalDate review = LocalDate.now().plusDays(-60 + 45L * k); // some overdue, some soon, most later
            Notice varied = Notice.withoutSharedSections(base.controller().withName("Asiakas " + k + " Oy"), base.contactPerson(),
                    base.dataProtectionOfficer(), new NoticeSettings(Set.copyOf(s.languages()), review, s.introduction(),
                    s.rightsInstructions()), base.registers());
            Path file = models.resolve("model-" + k + ".seloste.mv.db");
            ClientFileWriter.write(file, varied);
            if (k % 3 != 0) {
                try (ClientFile c = ClientFiles.open(file)) {
                    c.signOff("Tilitoimisto Testi", LocalizedText.finnish("kirjanpitäjä"), Instant.now());
                    if (k % 3 == 2) {
                        c.saveController(varied.controller().withPhone("+358 40 123 4567"));
                    }
                }
            }
            made.add(file);
        }
        FileTime earlier = FileTime.from(Instant.now().minusSeconds(3600));
        for (int i = 0; i < count; i++) {
            Path copy = dir.resolve(String.format("Asiakas %04d.seloste.mv.db", i));
            Files.copy(made.get(i % made.size()), copy);
            Files.setLastModifiedTime(copy, earlier); // saved an hour ago, as an accountant's folder is
        }
        System.out.println("made " + count + " client files from " + made.size() + " kinds in " + dir);
    }

    private static void scan(Path dir, Path indexFile, int runs) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        List<Double> first = new ArrayList<>();
        List<Double> rescan = new ArrayList<>();
        List<Double> refresh = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Files.deleteIfExists(indexFile);
            long t0 = System.nanoTime();
            List<ClientSummary> scanned = new ClientScanner(ClientIndex.load(indexFile), clock).scan(List.of(dir)).summaries();
            long t1 = System.nanoTime();
            // Opened again: a new scanner and the index read from its file, as a new overview window (or app) does.
            List<ClientSummary> again = new ClientScanner(ClientIndex.load(indexFile), clock).scan(List.of(dir)).summaries();
            long t2 = System.nanoTime();
            Path changed = scanned.get(run % scanned.size()).file();
            try (ClientFile c = ClientFiles.open(changed)) {
                c.saveController(c.load().controller().withPhone("+358 50 " + run));
            }
            ClientScanner scanner = new ClientScanner(ClientIndex.load(indexFile), clock);
            long t3 = System.nanoTime();
            ClientSummary refreshed = scanner.refresh(changed);
            long t4 = System.nanoTime();
            long unreadable = scanned.stream().filter(s -> !s.readable()).count();
            if (again.size() != scanned.size() || !refreshed.readable() || unreadable > 0) {
                throw new IllegalStateException("scan went wrong: " + again.size() + " " + refreshed + " " + unreadable);
            }
            first.add((t1 - t0) / 1e6);
            rescan.add((t2 - t1) / 1e6);
            refresh.add((t4 - t3) / 1e6);
            System.out.printf("run %d: %d files: first scan %.0f ms, rescan %.0f ms, refresh of one changed file %.1f ms%n",
                    run, scanned.size(), first.get(run - 1), rescan.get(run - 1), refresh.get(run - 1));
        }
        System.out.printf("median of %d runs: first scan %.0f ms, rescan %.0f ms, refresh %.1f ms%n", runs,
                median(first), median(rescan), median(refresh));
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after the runs: %d MB; resident: %s%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                resident());
    }

    /** The process's resident memory as Linux reports it (VmRSS), or "unknown" elsewhere. */
    private static String resident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
