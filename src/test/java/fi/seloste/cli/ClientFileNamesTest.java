package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.seloste.domain.Language;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;

/**
 * One naming rule for client files through import, export, validate and list (probe 6a; L2, L3, L4): a name that
 * cannot come back is refused up front with its reason, and every name accepted can be listed and exported.
 */
class ClientFileNamesTest {

    private static final Path SEED = Path.of("docs/samples/physiotherapy-seed.json");

    @TempDir
    Path dir;

    /** L4: "." made the hidden "..seloste.mv.db", which list never showed. */
    @ParameterizedTest
    @ValueSource(strings = {".", "..", "...", ".hidden", "..x"})
    void aNameStartingWithADotIsRefusedSoNoHiddenClientFileIsMade(String into) throws Exception {
        CliRun run = importInto(into);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("Nothing was imported", "starts with a dot", "hides");
        assertThat(contents(dir)).isEmpty();
    }

    /** L3: "a;b" was told "the name must end in .seloste.mv.db", which it did. */
    @Test
    void aSemicolonIsRefusedAsTheCharacterItIsInEveryLanguage() throws Exception {
        CliRun en = importInto("a;b");
        CliRun fi = CliRun.of(Language.FI, "import", SEED.toString(), "--into", dir.resolve("a;b").toString());
        CliRun sv = CliRun.of(Language.SV, "import", SEED.toString(), "--into", dir.resolve("a;b").toString());

        assertThat(en.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(en.err()).contains("cannot contain the character \u201c;\u201d").doesNotContain("must end in");
        assertThat(fi.err()).contains("nimessä ei voi olla merkkiä \u201d;\u201d");
        assertThat(sv.err()).contains("kan inte innehålla tecknet \u201d;\u201d");
        assertThat(contents(dir)).isEmpty();
    }

    /** L3: "a\b" and control characters were accepted; H2 then looked for "a/b" and said "no client file at". */
    @ParameterizedTest
    @ValueSource(strings = {"a\\b", "new\nline", "tab\tname", "esc\u001b[31mred", "\u202efdp.exe", "a:b", "a|b"})
    void aCharacterThatCannotComeBackIsRefused(String into) throws Exception {
        CliRun run = importInto(into);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("cannot contain the character");
        assertThat(contents(dir)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "nul", "Aux", "COM1", "lpt9", "con.txt", "NUL.asiakas"})
    void aWindowsDeviceNameIsRefused(String into) throws Exception {
        CliRun run = importInto(into);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("is the name of a device on Windows");
        assertThat(contents(dir)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trailing space ", "Yritys Oy."})
    void aTrailingDotOrSpaceIsRefused(String into) throws Exception {
        CliRun run = importInto(into);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("ends in a dot or a space");
        assertThat(contents(dir)).isEmpty();
    }

    /** L2: 241 "y" or 120 "ä" imported, and then export failed with "File name too long" for ever. */
    @ParameterizedTest
    @ValueSource(ints = {151, 214, 241, 300})
    void aNameOverTheLimitIsRefusedUpFrontSayingTheLimit(int length) throws Exception {
        CliRun run = importInto("y".repeat(length));
        CliRun umlauts = importInto("\u00e4".repeat(length / 2 + 1));

        for (CliRun refused : List.of(run, umlauts)) {
            assertThat(refused.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
            assertThat(refused.err()).contains("at most 150 bytes").doesNotContain("disk");
        }
        assertThat(contents(dir)).isEmpty();
    }

    /** L2: every file derived from a name at the limit (exports, their temporary files, backup copies) fits. */
    @Test
    void aNameAtTheLimitImportsExportsInEveryFormatAndIsReplacedTwice() throws Exception {
        String name = "\u00e4".repeat(74) + "yz";
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(ClientFileName.MAX_NAME_BYTES);
        Path file = dir.resolve(name + ClientFileName.EXTENSION);

        CliRun imported = importInto(name);
        CliRun replaced = CliRun.of("import", SEED.toString(), "--into", file.toString(), "--replace");
        CliRun again = CliRun.of("import", SEED.toString(), "--into", file.toString(), "--replace");
        CliRun exported = CliRun.of("export", file.toString(), "--out", dir.resolve("out").toString(),
                "--format", "pdf,html,fragment,record-pdf,record-html,json", "--lang", "fi,sv,en");
        CliRun listed = CliRun.of("list", dir.toString());

        for (CliRun run : List.of(imported, replaced, again, exported, listed)) {
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(contents(dir).stream().filter(n -> n.endsWith(".bak"))).hasSize(2);
        assertThat(contents(dir.resolve("out"))).hasSize(16).allMatch(n -> n.startsWith(name));
        assertThat(listed.out()).contains(name);
    }

    /** L2: a client file named before the rule, 200 characters long, could not be exported (2 of 5 files written). */
    @Test
    void anOlderLongNameStillExportsWhenItsExportsFitAndIsRefusedWholeWhenTheyCannot() throws Exception {
        Path fits = legacyFile("w".repeat(200));
        Path tooLong = legacyFile("y".repeat(241));

        CliRun exported = CliRun.of("export", fits.toString(), "--out", dir.resolve("a").toString(),
                "--format", "pdf,html,fragment,record-pdf,json", "--lang", "fi");
        CliRun refused = CliRun.of("export", tooLong.toString(), "--out", dir.resolve("b").toString(),
                "--format", "pdf,html,fragment,record-pdf,json", "--lang", "fi");

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(contents(dir.resolve("a"))).hasSize(5);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(refused.err()).contains("longer than the 255 bytes", "at most 150 bytes").doesNotContain("File name too long");
        assertThat(contents(dir.resolve("b"))).isEmpty();
    }

    /** L3: "X.SELOSTE.MV.DB" was created, and export, validate and list then said "no client file at". */
    @Test
    void anEndingInCapitalsIsWrittenInSmallLettersAndTheFileOpensEverywhere() throws Exception {
        CliRun imported = importInto("X.SELOSTE.MV.DB");
        Path file = dir.resolve("X.seloste.mv.db");
        CliRun exported = CliRun.of("export", file.toString(), "--out", dir.resolve("out").toString(), "--format", "html",
                "--lang", "fi");
        CliRun validated = CliRun.of("validate", file.toString());
        CliRun listed = CliRun.of("list", dir.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains(file.toString());
        assertThat(contents(dir)).contains("X.seloste.mv.db").doesNotContain("X.SELOSTE.MV.DB");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(validated.exitCode()).as(validated.err()).isNotEqualTo(ExitCodes.FILE_FAILED);
        assertThat(listed.exitCode()).as(listed.err()).isZero();
    }

    /** L3: an existing "x.SELOSTE.MV.DB" got "no client file at …", although it is right there. */
    @Test
    void anExistingFileWithAnEndingInCapitalsIsToldToBeRenamed() throws Exception {
        Path lower = legacyFile("x");
        Path upper = Files.move(lower, dir.resolve("x.SELOSTE.MV.DB"));
        org.assertj.core.api.Assumptions.assumeThat(Files.exists(lower)).as("a case-sensitive file system").isFalse();

        for (String command : List.of("export-json", "validate")) {
            CliRun run = CliRun.of(command, upper.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
            assertThat(run.err()).contains("in small letters", "Use the name x.seloste.mv.db").doesNotContain("no client file");
        }
        CliRun listed = CliRun.of("list", dir.toString());
        assertThat(listed.err()).contains("Use the name x.seloste.mv.db");
    }

    /** L3: a file with ";" already there (copied from elsewhere) is told why, not "the name must end in". */
    @Test
    void anExistingFileWithASemicolonIsToldWhyItCannotBeOpened() throws Exception {
        Path file = Files.move(legacyFile("x"), dir.resolve("x;y.seloste.mv.db"));

        CliRun run = CliRun.of("export-json", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("cannot contain the character \u201c;\u201d").doesNotContain("must end in");
    }

    /** NOT_A_CLIENT_FILE gives the real reason: the name's ending, or what is inside. */
    @Test
    void notAClientFileSaysWhetherItIsTheNameOrTheContent() throws Exception {
        Path text = Files.writeString(dir.resolve("Muistio.seloste.mv.db"), "ei tietokanta");
        Path renamed = Files.move(legacyFile("Asiakas"), dir.resolve("Asiakas.backup"));

        CliRun content = CliRun.of("export-json", text.toString());
        CliRun ending = CliRun.of("export-json", renamed.toString());

        assertThat(content.err()).contains("is not a Seloste client file: its content is something else")
                .doesNotContain("must end in", ".seloste.mv.db (");
        assertThat(ending.err()).contains("the name of a client file ends in .seloste.mv.db");
    }

    private CliRun importInto(String into) {
        return CliRun.of("import", SEED.toString(), "--into", dir.resolve(into).toString());
    }

    /** A client file with a name the rule would not give a new file now, as an older Seloste made it. */
    private Path legacyFile(String name) throws Exception {
        Path plain = dir.resolve("plain-" + System.nanoTime() + ClientFileName.EXTENSION);
        ClientFileWriter.write(plain, SeedNotices.physiotherapy());
        return Files.move(plain, dir.resolve(name + ClientFileName.EXTENSION));
    }

    private static List<String> contents(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
