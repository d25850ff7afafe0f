package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import fi.seloste.testing.InterchangeFiles;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile interchange files of the 2026-12-02 reliability probe (issue 17, points 7, 9, 11 and 12), each run
 * through {@code seloste import} as a user would: refused with exit code 3 and its exact problem, no stack trace, and
 * nothing written where the client file would have gone. The small files are in
 * src/test/resources/fi/seloste/interchange/hostile; the rest are a real export damaged here.
 */
class HostileImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final tools.jackson.databind.JsonNode SCHEMA =
            JSON.readTree(Path.of("docs", "schemas", "notice-interchange.schema.json").toFile());

    @TempDir
    Path dir;

    /** A small file, its problem's path ("-" for the file as a whole) and the problem, word for word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            utf8-overlong-c0af | - | The file is not valid UTF-8: the bytes at line 2, column 44, from byte offset 92 on (C0 AF 22 7D …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            utf8-above-10ffff | - | The file is not valid UTF-8: the bytes at line 2, column 44, from byte offset 92 on (F4 90 80 80 …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            utf8-cesu-surrogate | - | The file is not valid UTF-8: the bytes at line 2, column 44, from byte offset 92 on (ED A0 80 22 …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            utf8-5byte | - | The file is not valid UTF-8: the bytes at line 2, column 44, from byte offset 92 on (F8 88 80 80 …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            utf8-lone-continuation | - | The file is not valid UTF-8: the bytes at line 2, column 44, from byte offset 92 on (80 22 7D 7D …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            utf8-ff | - | The file is not valid UTF-8: the bytes at line 2, column 44, from byte offset 92 on (FF 22 7D 7D …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            utf8-c3-28 | - | The file is not valid UTF-8: the bytes at line 2, column 44, from byte offset 92 on (C3 28 22 7D …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            latin1 | - | The file is not valid UTF-8: the bytes at line 2, column 45, from byte offset 93 on (C4 69 6A E4 …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            utf8-truncated-at-end | - | The file is not valid UTF-8: the bytes at line 2, column 48, from byte offset 96 on (E2 82 …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            utf16le-unpaired-surrogate | - | The file is not valid UTF-16: the bytes at line 1, column 36, from byte offset 72 on (00 D8 22 00 …), do not form a character. Seloste reads a notice file only when every byte is part of a character; save it as UTF-8.
            dup-key-top-format | format | the key 'format' appears twice at the top level of the file (line 1, column 38); a file with two values for one key can be read as two different notices
            dup-key-notice | notice.controller | the key 'controller' appears twice in notice (line 1, column 91); a file with two values for one key can be read as two different notices
            dup-key-controller-name | notice.controller.name | the key 'name' appears twice in notice.controller (line 2, column 55); a file with two values for one key can be read as two different notices
            dup-key-signoff-version | signOffs[0].version | the key 'version' appears twice in signOffs[0] (line 1, column 87); a file with two values for one key can be read as two different notices
            dup-key-signoff-sha | signOffs[0].contentSha256 | the key 'contentSha256' appears twice in signOffs[0] (line 4, column 19); a file with two values for one key can be read as two different notices
            dup-key-in-signed-content | signOffs[0].content.registers[0].id | the key 'id' appears twice in signOffs[0].content.registers[0] (line 1, column 104); a file with two values for one key can be read as two different notices
            lone-surrogate-escape | notice.controller.name | the text holds \\ud800 on its own: half of a surrogate pair, which is not a character and cannot be stored as it is (the client file would keep ? in its place)
            lone-surrogate-in-signed-content | signOffs[0].content.controller.name | the text holds \\ud83d on its own: half of a surrogate pair, which is not a character and cannot be stored as it is (the client file would keep ? in its place)
            lone-low-surrogate-in-key | notice | a property name here holds half of a surrogate pair on its own (line 1, column 68), which is not a character
            format-version-huge | formatVersion | The file is in format version 99999999999999999999999999, written by a newer Seloste. This Seloste reads format version 4 and older: update Seloste to import it.
            format-version-huge-negative | formatVersion | "formatVersion" must be a whole number from 1 up.
            two-documents | - | The file goes on after the end of its JSON document (line 2, column 1); a notice file holds one document and nothing after it.
            trailing-garbage | - | The file is not valid JSON (line 1, column 30). Check that it is the whole file, saved as UTF-8.
            comments | - | The file is not valid JSON (line 1, column 1). Check that it is the whole file, saved as UTF-8.
            nan | - | The file is not valid JSON (line 1, column 50). Check that it is the whole file, saved as UTF-8.
            single-quotes | - | The file is not valid JSON (line 1, column 2). Check that it is the whole file, saved as UTF-8.
            trailing-comma | - | The file is not valid JSON (line 1, column 29). Check that it is the whole file, saved as UTF-8.
            binary-zip | - | The file is not valid JSON (line 1, column 1). Check that it is the whole file, saved as UTF-8.
            pdf-file | - | The file is not valid JSON (line 1, column 1). Check that it is the whole file, saved as UTF-8.
            empty-file | format | This is not a Seloste notice file: its "format" must be "seloste-notice".
            whitespace-only | format | This is not a Seloste notice file: its "format" must be "seloste-notice".
            object-empty | format | This is not a Seloste notice file: its "format" must be "seloste-notice".
            array-empty | format | This is not a Seloste notice file: its "format" must be "seloste-notice".
            null-document | format | This is not a Seloste notice file: its "format" must be "seloste-notice".
            format-missing | format | This is not a Seloste notice file: its "format" must be "seloste-notice".
            format-other | format | This is not a Seloste notice file: its "format" must be "seloste-notice".
            format-version-string | formatVersion | "formatVersion" must be a whole number from 1 up.
            format-version-fraction | formatVersion | "formatVersion" must be a whole number from 1 up.
            format-version-true | formatVersion | "formatVersion" must be a whole number from 1 up.
            format-version-zero | formatVersion | "formatVersion" must be a whole number from 1 up.
            format-version-5 | formatVersion | The file is in format version 5, written by a newer Seloste. This Seloste reads format version 4 and older: update Seloste to import it.
            """)
    void aSmallHostileFileIsRefusedWithItsExactProblem(String name, String path, String message) throws Exception {
        Path file = dir.resolve(name + ".json");
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/fi/seloste/interchange/hostile/" + name + ".json"), name)) {
            Files.write(file, in.readAllBytes());
        }

        CliRun run = importInto(file);

        assertRefusedWith(run, "  " + path + ": " + message);
        assertThat(run.err()).contains("cannot be imported; one problem:");
    }

    static Stream<Arguments> damagedExports() {
        return Stream.of(
                damaged("overlong UTF-8 in the controller's name (was imported as 'Flowest/')",
                        () -> insertBytes(InterchangeFiles.signedSeed(), "\"Flowest", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                        "-", "The file is not valid UTF-8: the bytes at line 6, column 24, from byte offset 115 on (C0 AF 22 2C …)"),
                damaged("a code point above U+10FFFF (was imported as '??')",
                        () -> insertBytes(InterchangeFiles.signedSeed(), "\"Flowest",
                                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
                        "-", "The file is not valid UTF-8: the bytes at line 6, column 24, from byte offset 115 on (F4 90 80 80 …)"),
                damaged("the controller's name twice in the notice (the last one won)",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"name\" : \"Flowest\"",
                                "\"name\" : \"Evil Corp\", \"name\" : \"Flowest\"")),
                        "notice.controller.name", "the key 'name' appears twice in notice.controller (line 6, column"),
                damaged("the controller's name twice in the signed content",
                        () -> bytes(inSignedContent(InterchangeFiles.signedSeed(), "\"name\" : \"Flowest\"",
                                "\"name\" : \"Evil Corp\", \"name\" : \"Flowest\"")),
                        "signOffs[0].content.controller.name",
                        "the key 'name' appears twice in signOffs[0].content.controller (line"),
                damaged("a sign-off's version twice",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"version\" : 1,",
                                "\"version\" : 7, \"version\" : 1,")),
                        "signOffs[0].version", "the key 'version' appears twice in signOffs[0] (line"),
                damaged("a sign-off's fingerprint twice, the first one wrong",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"contentSha256\" : ",
                                "\"contentSha256\" : \"" + "0".repeat(64) + "\", \"contentSha256\" : ")),
                        "signOffs[0].contentSha256", "the key 'contentSha256' appears twice in signOffs[0] (line"),
                damaged("a lone surrogate escape in the controller's name (was stored as '?')",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"Flowest\"", "\"Flowest \\\\ud800 x\"")),
                        "notice.controller.name", "the text holds \\ud800 on its own"),
                damaged("nextReview in the year 0000 (was stored as 0001-01-01)",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"nextReview\" : null",
                                "\"nextReview\" : \"0000-01-01\"")),
                        "notice.settings.nextReview",
                        "the value \"0000-01-01\" is not a date YYYY-MM-DD in the years 1900 to 9999"),
                damaged("a transfer's country with a space before it (was stripped on import without a word)",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"transfers\" : \\[ \\]",
                                "\"transfers\" : [ { \"country\" : \" US\", \"safeguard\" : \"STANDARD_CONTRACTUAL_CLAUSES\" } ]")),
                        "notice.registers[0].recipients[0].transfers[0].country",
                        "the country \" US\" begins or ends with white space; write it without, for example \"US\""),
                damaged("a system's factsCheckedOn in 1899",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"factsCheckedOn\" : null",
                                "\"factsCheckedOn\" : \"1899-12-31\"")),
                        "notice.systems[0].factsCheckedOn",
                        "the value \"1899-12-31\" is not a date YYYY-MM-DD in the years 1900 to 9999"),
                damaged("signedAt in the year 0000",
                        () -> bytes(InterchangeFiles.signedSeed().replace(InterchangeFiles.SIGNED_AT.toString(),
                                "0000-11-22T10:15:30Z")),
                        "signOffs[0].signedAt", "the value \"0000-11-22T10:15:30Z\" is not a time"),
                damaged("a version-1 file whose nextReview is in the year 0000 (its schema allows it)",
                        () -> bytes(version1File().replaceFirst("\"nextReview\" : (null|\"[0-9-]*\")",
                                "\"nextReview\" : \"0000-01-01\"")),
                        "notice.settings.nextReview",
                        "the year 0 is not accepted: Seloste keeps dates from the year 1900 to 9999"),
                damaged("formatVersion 99999999999999999999999999 (was exit 4 and a Java exception)",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"formatVersion\" : 4",
                                "\"formatVersion\" : 99999999999999999999999999")),
                        "formatVersion", "The file is in format version 99999999999999999999999999, written by a newer Seloste"),
                damaged("10,000 nested arrays (was 'not valid JSON (line 0, column 0)')",
                        () -> bytes(withUnknown("[".repeat(10_000) + "]".repeat(10_000))),
                        "-", "Arrays and objects are nested more than 64 levels deep here (line 1, column"),
                damaged("10,000 nested objects",
                        () -> bytes(withUnknown("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))),
                        "-", "Arrays and objects are nested more than 64 levels deep here"),
                damaged("900 nested arrays in an unknown property of a register",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"template\" :",
                                "\"x\" : " + "[".repeat(900) + "]".repeat(900) + ", \"template\" :")),
                        "-", "Arrays and objects are nested more than 64 levels deep here"),
                damaged("a 10 MB property name",
                        () -> bytes(withUnknownName("k".repeat(10 * 1024 * 1024))),
                        "-", "A property name here is longer than 1,000 characters (line 1, column"),
                damaged("a 10,000-digit register id",
                        () -> bytes(InterchangeFiles.signedSeed().replaceFirst("\"id\" : 1,", "\"id\" : " + "9".repeat(10_000) + ",")),
                        "-", "A number here has more than 100 digits (line"),
                damaged("5,000,001 zeros (a 10 MB file of tiny values)",
                        () -> bytes(withUnknown("[" + "0,".repeat(5_000_000) + "0]")),
                        "-", "The file holds more than 5,000,000 values, names and brackets (reading stopped at line 1, column"),
                damaged("1,000,000 languages (printed 1,000,002 lines, 10.8 s)",
                        () -> bytes(withLanguages(1_000_000)),
                        "notice.settings.languages", "the list has 1,000,000 items; at most 3 are allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedExports")
    void aDamagedExportIsRefusedWithItsProblem(String damage, Supplier<byte[]> file, String path, String message)
            throws Exception {
        Path json = dir.resolve("damaged.json");
        Files.write(json, file.get());

        CliRun run = importInto(json);

        assertRefusedWith(run, "  " + path + ": " + message);
    }

    static Stream<Arguments> floods() {
        return Stream.of(
                flood("1,000,000 ints as registers (printed 1,000,002 lines, 11.8 s, 1.2 GB)",
                        () -> bytes(withRegisters(1_000_000)), "/$defs/notice/properties/registers", 1_000_000,
                        "notice.registers", "notice.registers[0]: integer found, object expected"),
                flood("300,000 copies of one security measure (printed 300,001 lines)",
                        () -> bytes(withMeasures(300_000)), "/$defs/security/properties/measures", 300_000,
                        "notice.security.measures",
                        "notice.security.measures: must have only unique items in the array"),
                flood("100,000 unknown properties (printed 100,002 lines)",
                        () -> bytes(withUnknownProperties(100_000)), null, 0, "notice.controller",
                        "notice.controller: property 'x0' is not defined in the schema"));
    }

    /**
     * The work is bounded either way: a list longer than the schema's maxItems is refused as that, in one problem;
     * otherwise the check stops after 1,000 problems and says so, and the CLI prints no more than it found.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("floods")
    void aFloodOfProblemsIsBounded(String damage, Supplier<byte[]> file, Long maxItems, int items, String listPath,
                                   String floodLine) throws Exception {
        Path json = dir.resolve("flood.json");
        Files.write(json, file.get());

        CliRun run = importInto(json);

        if (maxItems != null) {
            assertRefusedWith(run, String.format(java.util.Locale.ROOT,
                    "  %s: the list has %,d items; at most %,d are allowed", listPath, items, maxItems));
            assertThat(run.err()).contains("cannot be imported; one problem:");
        } else {
            assertRefusedWith(run, "  " + floodLine);
            assertThat(run.err()).contains("Seloste stopped checking after the first 1,000 problems; there may be more.");
            // The reader collects at most 1,000; the command line prints the first 20 of them and how many more.
            assertThat(run.err()).contains("(only the first " + Problems.SHOWN + " are shown)");
            assertThat(run.err().lines().filter(line -> line.startsWith("  ") && line.contains(": ")).count())
                    .isLessThanOrEqualTo(Problems.SHOWN);
        }
    }

    /** The case, and the maxItems the published schema sets at {@code schemaPointer} (null: none, or no list). */
    private static Arguments flood(String damage, Supplier<byte[]> file, String schemaPointer, int items,
                                   String listPath, String floodLine) {
        Long maxItems = null;
        if (schemaPointer != null) {
            tools.jackson.databind.JsonNode limit = SCHEMA.at(schemaPointer + "/maxItems");
            maxItems = limit.isMissingNode() ? null : limit.asLong();
        }
        return Arguments.of(damage, file, maxItems, items, listPath, floodLine);
    }

    // ---- Running and checking ----------------------------------------------------------------------------------

    private CliRun importInto(Path json) {
        return CliRun.of("import", json.toString(), "--into", dir.resolve("out/Tuotu").toString());
    }

    private void assertRefusedWith(CliRun run, String problemLine) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains(problemLine);
        assertThat(run.err()).contains("Nothing was written to " + dir.resolve("out/Tuotu.seloste.mv.db"))
                .doesNotContain("Exception").doesNotContain("\tat ");
        Path out = dir.resolve("out");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).as("nothing was written").isEmpty();
            }
        }
    }

    // ---- Damaged exports ---------------------------------------------------------------------------------------

    private static Arguments damaged(String damage, Supplier<byte[]> file, String path, String message) {
        return Arguments.of(damage, file, path, message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The export's UTF-8 with raw bytes inserted right after the first occurrence of {@code after}. */
    private static byte[] insertBytes(String text, String after, byte[] inserted) {
        int at = text.indexOf(after) + after.length();
        byte[] head = bytes(text.substring(0, at));
        byte[] tail = bytes(text.substring(at));
        byte[] all = new byte[head.length + inserted.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(inserted, 0, all, head.length, inserted.length);
        System.arraycopy(tail, 0, all, head.length + inserted.length, tail.length);
        return all;
    }

    private static String inSignedContent(String text, String old, String replacement) {
        int content = text.indexOf("\"content\" :");
        return text.substring(0, content) + text.substring(content).replaceFirst(old, replacement);
    }

    /** The export with an unknown property at the top, written first, so that the reader meets it early. */
    private static String withUnknown(String json) {
        return InterchangeFiles.signedSeed().replaceFirst("\\{", "{\"x\" : " + java.util.regex.Matcher.quoteReplacement(json) + ",");
    }

    private static String withUnknownName(String name) {
        return InterchangeFiles.signedSeed().replaceFirst("\\{", "{\"" + name + "\" : 1,");
    }

    private static String withLanguages(int count) {
        ObjectNode document = seedTree();
        ArrayNode languages = ((ObjectNode) document.at("/notice/settings")).putArray("languages");
        for (int i = 0; i < count; i++) {
            languages.add("XX");
        }
        return JSON.writeValueAsString(document);
    }

    private static String withRegisters(int count) {
        ObjectNode document = seedTree();
        ArrayNode registers = ((ObjectNode) document.get("notice")).putArray("registers");
        for (int i = 0; i < count; i++) {
            registers.add(0);
        }
        return JSON.writeValueAsString(document);
    }

    private static String withMeasures(int count) {
        ObjectNode document = seedTree();
        ArrayNode measures = ((ObjectNode) document.at("/notice/security")).putArray("measures");
        for (int i = 0; i < count; i++) {
            measures.add("BACKUPS");
        }
        return JSON.writeValueAsString(document);
    }

    private static String withUnknownProperties(int count) {
        ObjectNode document = seedTree();
        ObjectNode controller = (ObjectNode) document.at("/notice/controller");
        for (int i = 0; i < count; i++) {
            controller.put("x" + i, i);
        }
        return JSON.writeValueAsString(document);
    }

    private static ObjectNode seedTree() {
        return (ObjectNode) JSON.readTree(InterchangeFiles.signedSeed());
    }

    private static String version1File() {
        try (InputStream in = Objects.requireNonNull(
                HostileImportTest.class.getResourceAsStream("/fi/seloste/interchange/format1-physiotherapy.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
