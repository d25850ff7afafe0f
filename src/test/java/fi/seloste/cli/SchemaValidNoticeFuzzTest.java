package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import fi.seloste.domain.Language;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SharedSection;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.InterchangeException;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.interchange.SchemaCheck;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.SchemaNoticeGenerator;
import fi.seloste.testing.SchemaNoticeGenerator.Generated;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reliability probe's fuzz (probe 7), kept: random notices that pass the published JSON Schema
 * ({@link SchemaNoticeGenerator}), imported through the store as {@code seloste import} does, then exported with
 * {@code seloste export} to PDF, HTML and JSON in Finnish, Swedish and English. Each must import or be refused with a
 * clear problem (never "could not read or write …; check the disk"), every PDF must be whole and parse, every page end
 * in {@code </html>}, and the exported JSON must equal the imported one (sets in enum order, instants by value).
 * Failures are reported with their causes and seeds. In the suite one notice in three also gets a PDF, in a language
 * rotating with the seed ({@code -Dseloste.fuzz.pdfEvery=N}); {@code -Dseloste.fuzz.allPdfs=true} renders every
 * notice's PDF in all three languages. {@code -Dseloste.fuzz.count=N
 * -Dseloste.fuzz.seed=S} runs other notices; src/bench/fuzz-notices.sh runs thousands.
 */
class SchemaValidNoticeFuzzTest {

    private static final int COUNT = Integer.getInteger("seloste.fuzz.count", 100);
    private static final long FIRST_SEED = Long.getLong("seloste.fuzz.seed", 1);
    /** Notices per export run: a batch as an accountant would export a folder. */
    private static final int BATCH = 50;
    /** Every notice's PDF in all three languages (the bench script), not one language per notice (the suite). */
    private static final boolean ALL_PDFS = Boolean.getBoolean("seloste.fuzz.allPdfs");
    /** In the suite one notice in this many gets a PDF, its language rotating: the PDFs are most of the time. */
    private static final int PDF_EVERY = Integer.getInteger("seloste.fuzz.pdfEvery", 3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void schemaValidNoticesImportOrAreRefusedClearlyAndExportWholeAndUnchanged() throws Exception {
        Report report = run(COUNT, FIRST_SEED);
        System.out.println(report);
        assertThat(report.bad()).as(report.toString()).isZero();
    }

    Report run(int count, long firstSeed) throws Exception {
        JsonNode schema = SchemaNoticeGenerator.classpathSchema();
        Report report = new Report(count, firstSeed);
        Path clients = Files.createDirectories(dir.resolve("clients"));
        Map<Path, Generated> imported = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        // Imports are most of the time (each makes a new H2 file): two at once, as two cores allow.
        java.util.concurrent.ExecutorService importers = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> imports = new ArrayList<>();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            Generated generated = SchemaNoticeGenerator.generate(schema, seed);
            generated.notes().forEach(note -> report.add("generator: " + note, generated.seed()));
            List<String> invalid = SchemaCheck.problems(JSON.readTree(generated.json()));
            if (!invalid.isEmpty()) {
                report.add("generator made a schema-invalid file: " + invalid.get(0), seed);
                continue;
            }
            InterchangeDocument document;
            try {
                document = NoticeInterchange.read(generated.json(), Language.EN);
            } catch (InterchangeException e) {
                report.refused("refused on reading (schema-valid): " + e.problems().get(0).message(), seed);
                continue;
            }
            Path target = clients.resolve(String.format("f%04d.seloste.mv.db", seed));
            long s = seed;
            imports.add(importers.submit(() -> {
                long start = System.nanoTime();
                try {
                    ClientFiles.importInto(target, document.notice(), document.signedVersions(), false);
                    imported.put(target, generated);
                } catch (ClientFileException e) {
                    if (e.problem() == ClientFileProblem.IO_ERROR) {
                        report.add("import said 'could not read or write …; check the disk': " + rootCause(e), s);
                    } else {
                        report.refused("import refused: " + e.problem(), s);
                    }
                }
                report.addImportNanos(System.nanoTime() - start);
            }));
        }
        for (java.util.concurrent.Future<?> running : imports) {
            running.get();
        }
        importers.shutdown();
        report.imported = imported.size();
        List<Path> files = new ArrayList<>(new java.util.TreeSet<>(imported.keySet()));
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            Path out = Files.createDirectories(dir.resolve("out-" + from));
            long start = System.nanoTime();
            export(report, batch, out, "html,json", "fi,sv,en");
            report.htmlAndJsonNanos += System.nanoTime() - start;
            start = System.nanoTime();
            for (Language language : Language.values()) {
                List<Path> these = batch.stream().filter(f -> getsPdf(imported.get(f).seed(), language)).toList();
                if (!these.isEmpty()) {
                    export(report, these, out, "pdf", language.tag());
                }
            }
            report.pdfNanos += System.nanoTime() - start;
            for (Path file : batch) {
                checkExport(report, out, file, imported.get(file));
            }
        }
        return report;
    }

    /** Whether the notice of this seed is exported as a PDF in this language. */
    private static boolean getsPdf(long seed, Language language) {
        return ALL_PDFS || seed % PDF_EVERY == 0 && (seed / PDF_EVERY) % 3 == language.ordinal();
    }

    private static void export(Report report, List<Path> files, Path out, String formats, String languages) {
        List<String> args = new ArrayList<>(List.of("export"));
        files.forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--out", out.toString(), "--format", formats, "--lang", languages, "--jobs", "2"));
        CliRun export = CliRun.of(args.toArray(String[]::new));
        if (export.err().contains("\tat ")) {
            report.add("a stack trace on the terminal", -1);
        }
        if (export.exitCode() != 0) {
            for (String line : export.err().lines().filter(l -> l.contains("FAILED")).toList()) {
                java.util.regex.Matcher seed = java.util.regex.Pattern.compile("\\] f(\\d+): FAILED, skipped\\. (.*)").matcher(line);
                if (seed.find()) {
                    report.add("export (" + formats + ") failed: " + seed.group(2), Long.parseLong(seed.group(1)));
                } else {
                    report.add("export (" + formats + ") failed: " + line, -1);
                }
            }
        }
    }

    private static void checkExport(Report report, Path out, Path file, Generated generated) throws Exception {
        String name = file.getFileName().toString().replace(".seloste.mv.db", "");
        long seed = generated.seed();
        for (Language language : Language.values()) {
            Path html = out.resolve(name + "-" + language.tag() + ".html");
            if (!Files.isRegularFile(html)) {
                report.add("export wrote no HTML in " + language, seed);
            } else if (!Files.readString(html, StandardCharsets.UTF_8).stripTrailing().endsWith("</html>")) {
                report.add("an HTML page does not end in </html>", seed);
            }
            if (!getsPdf(seed, language)) {
                continue;
            }
            report.pdfs++;
            Path pdf = out.resolve(name + "-" + language.tag() + ".pdf");
            if (!Files.isRegularFile(pdf)) {
                report.add("export wrote no PDF in " + language, seed);
                continue;
            }
            byte[] bytes = Files.readAllBytes(pdf);
            String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), StandardCharsets.ISO_8859_1);
            if (!new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1).equals("%PDF-") || !tail.strip().endsWith("%%EOF")) {
                report.add("a PDF is not whole", seed);
                continue;
            }
            try (PDDocument document = Loader.loadPDF(bytes)) {
                if (document.getNumberOfPages() < 1) {
                    report.add("a PDF has no page", seed);
                }
            } catch (Exception e) {
                report.add("a PDF does not parse: " + e.getMessage(), seed);
            }
        }
        Path json = out.resolve(name + ".json");
        if (!Files.isRegularFile(json)) {
            report.add("export wrote no JSON", seed);
            return;
        }
        byte[] exportedBytes = Files.readAllBytes(json);
        try {
            // Reading verifies every recordSha256 the export added.
            NoticeInterchange.read(exportedBytes, Language.EN);
        } catch (InterchangeException e) {
            report.add("the exported JSON is refused on reading: " + e.problems().get(0).message(), seed);
        }
        JsonNode written = normalized(JSON.readTree(generated.json()));
        JsonNode exported = normalized(JSON.readTree(exportedBytes));
        withoutAddedRecordDigests(written, exported);
        String difference = firstDifference("", written, exported);
        if (difference != null) {
            String where = difference.replaceAll("\\[\\d+\\]", "[]").replaceAll("(?s)(: | has | is | was ).*", "");
            report.add("exported JSON differs from the imported at " + where, seed, difference);
        }
    }

    /**
     * The export writes each sign-off's recordSha256 (docs/interchange.md) where the imported file had none; whether
     * it holds is checked by reading the export again.
     */
    private static void withoutAddedRecordDigests(JsonNode written, JsonNode exported) {
        JsonNode before = written.path("signOffs");
        JsonNode after = exported.path("signOffs");
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (!before.get(i).has("recordSha256") && after.get(i) instanceof ObjectNode signOff) {
                signOff.remove("recordSha256");
            }
        }
    }

    /**
     * A transfer's country as Seloste reads it: a code, or a country name or code in other letters ("uk",
     * "Yhdysvallat") as its code, as the schema documents (Transfer.normalized); anything else as typed.
     */
    private static ArrayNode transfersAsRead(ArrayNode array) {
        List<Transfer> transfers = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject() || !item.path("country").isString() || !item.path("safeguard").isString()) {
                return array;
            }
            transfers.add(new Transfer(item.get("country").asString(),
                    TransferSafeguard.valueOf(item.get("safeguard").asString())));
        }
        ArrayNode read = JSON.createArrayNode();
        for (Transfer transfer : Transfer.normalized(transfers)) {
            read.addObject().put("country", transfer.country()).put("safeguard", transfer.safeguard().name());
        }
        return read;
    }

    /** Sets (languages, security measures) in enum order and instants by value: what Seloste may write differently. */
    static JsonNode normalized(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String key : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(key);
                if (key.equals("languages") && value.isArray()) {
                    object.set(key, sorted((ArrayNode) value, v -> Language.valueOf(v).ordinal()));
                } else if (key.equals("measures") && value.isArray()) {
                    object.set(key, sorted((ArrayNode) value, v -> SecurityMeasure.valueOf(v).ordinal()));
                } else if (key.equals("transfers") && value.isArray()) {
                    object.set(key, transfersAsRead((ArrayNode) value));
                } else if (key.equals("mergeNotes") && value.isArray()) {
                    object.set(key, mergeNotesAsRead((ArrayNode) value));
                } else if (key.equals("signedAt") && value.isString()) {
                    object.put(key, Instant.parse(value.asString()).toString());
                } else {
                    normalized(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SchemaValidNoticeFuzzTest::normalized);
        }
        return node;
    }

    /** Notes of one section are one note, each register named once, in the order of the sections (docs/interchange.md). */
    private static ArrayNode mergeNotesAsRead(ArrayNode notes) {
        java.util.Map<SharedSection, java.util.LinkedHashSet<String>> names = new java.util.EnumMap<>(SharedSection.class);
        notes.forEach(n -> n.path("registerNames").forEach(name -> names.computeIfAbsent(
                SharedSection.valueOf(n.path("section").asString()), x -> new java.util.LinkedHashSet<>()).add(name.asString())));
        ArrayNode read = JSON.createArrayNode();
        names.forEach((section, registers) -> {
            ObjectNode note = read.addObject();
            note.put("section", section.name());
            registers.forEach(note.putArray("registerNames")::add);
        });
        return read;
    }

    private static ArrayNode sorted(ArrayNode array, Function<String, Integer> order) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        items.sort(Comparator.comparing(item -> order.apply(item.asString())));
        ArrayNode sorted = JSON.createArrayNode();
        items.forEach(sorted::add);
        return sorted;
    }

    /** The first path where two trees differ, with both values (shortened); null when they are equal. */
    static String firstDifference(String path, JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            for (String key : a.propertyNames()) {
                if (!b.has(key)) {
                    return path + "." + key + " is missing";
                }
                String difference = firstDifference(path + "." + key, a.get(key), b.get(key));
                if (difference != null) {
                    return difference;
                }
            }
            for (String key : b.propertyNames()) {
                if (!a.has(key)) {
                    return path + "." + key + " was added";
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return path + " has " + b.size() + " items instead of " + a.size();
            }
            for (int i = 0; i < a.size(); i++) {
                String difference = firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return a.equals(b) ? null : path + ": " + shorten(a) + " became " + shorten(b);
    }

    private static String shorten(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** The innermost cause's first line, without the values it quotes, so that one cause groups many notices. */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        java.util.regex.Matcher column = java.util.regex.Pattern.compile("Value too long for column \"[^\"]+\"").matcher(message);
        if (column.find()) {
            message = column.group();
        } else if (message.length() > 120) {
            message = message.substring(0, 120) + "…";
        }
        return cause.getClass().getSimpleName() + ": " + message;
    }

    /** What a run found: bad cases grouped by cause with the seeds that show them, and clear refusals. */
    static final class Report {
        private final int count;
        private final long firstSeed;
        private final Map<String, List<Long>> bad = new TreeMap<>();
        private final Map<String, String> examples = new TreeMap<>();
        private final Map<String, List<Long>> refused = new TreeMap<>();
        int imported;
        int pdfs;
        long importNanos;
        long htmlAndJsonNanos;
        long pdfNanos;

        Report(int count, long firstSeed) {
            this.count = count;
            this.firstSeed = firstSeed;
        }

        synchronized void addImportNanos(long nanos) {
            importNanos += nanos;
        }

        synchronized void add(String cause, long seed) {
            bad.computeIfAbsent(cause, c -> new ArrayList<>()).add(seed);
        }

        synchronized void add(String cause, long seed, String example) {
            add(cause, seed);
            examples.putIfAbsent(cause, "seed " + seed + ": " + example);
        }

        synchronized void refused(String cause, long seed) {
            refused.computeIfAbsent(cause, c -> new ArrayList<>()).add(seed);
        }

        int bad() {
            return bad.values().stream().mapToInt(List::size).sum();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Fuzz: " + count + " schema-valid notices, seeds " + firstSeed + "–"
                    + (firstSeed + count - 1) + "; imported " + imported + ", refused clearly "
                    + refused.values().stream().mapToInt(List::size).sum() + ", bad cases " + bad() + "\n"
                    + String.format(java.util.Locale.ROOT, "  time: imports %.1f s (two at once), HTML and JSON in 3 languages %.1f s, %d PDFs %.1f s%n",
                            importNanos / 1e9, htmlAndJsonNanos / 1e9, pdfs, pdfNanos / 1e9));
            bad.forEach((cause, unsorted) -> {
                List<Long> seeds = unsorted.stream().sorted().toList();
                text.append("  BAD ").append(seeds.size()).append(" × ").append(cause).append("  (seeds ")
                        .append(seeds.subList(0, Math.min(8, seeds.size()))).append(seeds.size() > 8 ? "…" : "").append(")\n");
                if (examples.containsKey(cause)) {
                    text.append("      e.g. ").append(examples.get(cause)).append("\n");
                }
            });
            refused.forEach((cause, seeds) -> text.append("  refused ").append(seeds.size()).append(" × ").append(cause)
                    .append("  (seeds ").append(seeds.subList(0, Math.min(8, seeds.size()))).append(")\n"));
            text.append("Repeat: -Dseloste.fuzz.seed=").append(firstSeed).append(" -Dseloste.fuzz.count=").append(count);
            return text.toString();
        }
    }
}
