package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.seloste.store.ClientFileName.Flaw;
import fi.seloste.store.ClientFileName.NameProblem;

class ClientFileNameTest {

    private static final Path FOLDER = Path.of("/asiakkaat");

    /** The probe's names for the app's "New client file" (probe 6b) and more. */
    private static final List<String> HOSTILE = List.of("../../etc/passwd", "a\\b", "a;b", "C:x", "*?\"<>|", "NUL\u0000",
            "new\nline", "tab\tname", "esc\u001b[31mred\u001b[0m", ".", "..", "...", ".hidden", " . . ", "", "   ",
            "CON", "nul", "Aux.txt", "com1", "LPT9.doc", "con.txt", "COM\u00b9", "Yritys Oy.", "trailing ", "x".repeat(300),
            "y".repeat(241), "\u00e4".repeat(120), "\ud83d\ude00".repeat(60), "\ud83c\uddeb\ud83c\uddee".repeat(40),
            "\u202efdp.exe", "a\u2066b", "\u0085next", "X.SELOSTE.MV.DB", "name.mv.db", "\u05e9\u05dc\u05d5\u05dd",
            "%2e%2e%2fenc", "-rf", "\u00a0nbsp\u00a0");

    @Test
    void theFileIsNamedAfterTheClientWithCharactersNoDiskTakesReplaced() {
        assertThat(name(" Kauneushoitola Helmenloiste ")).isEqualTo("Kauneushoitola Helmenloiste.seloste.mv.db");
        assertThat(name("A/B: C?;")).isEqualTo("A_B_ C__.seloste.mv.db");
        assertThat(name("..")).isEqualTo("client.seloste.mv.db");
    }

    /** Probe L4: " . . " gave the hidden ". ..seloste.mv.db", ".hidden" the hidden ".hidden.seloste.mv.db". */
    @Test
    void aNameNeverStartsWithADotSoTheFileIsNeverHidden() {
        assertThat(name(" . . ")).isEqualTo("client.seloste.mv.db");
        assertThat(name(".hidden")).isEqualTo("hidden.seloste.mv.db");
        assertThat(name("...")).isEqualTo("client.seloste.mv.db");
        assertThat(name(". Oy")).isEqualTo("Oy.seloste.mv.db");
    }

    /** Probe 6b: CON, NUL, AUX, COM1, LPT1 and con.txt passed through; Windows cannot open such files. */
    @Test
    void windowsDeviceNamesAndTrailingDotsAreMapped() {
        assertThat(name("CON")).isEqualTo("CON_.seloste.mv.db");
        assertThat(name("nul")).isEqualTo("nul_.seloste.mv.db");
        assertThat(name("con.txt")).isEqualTo("con_.txt.seloste.mv.db");
        assertThat(name("LPT9 .doc")).isEqualTo("LPT9_ .doc.seloste.mv.db");
        assertThat(name("COM1")).isEqualTo("COM1_.seloste.mv.db");
        assertThat(name("Console")).isEqualTo("Console.seloste.mv.db");
        assertThat(name("Yritys Oy.")).isEqualTo("Yritys Oy.seloste.mv.db");
    }

    /** Probe L2: 300 characters gave a 314-byte file name that cannot be created; 241 one that cannot be exported. */
    @Test
    void aLongNameIsShortenedToTheLimitBetweenTwoCodePoints() {
        assertThat(name("x".repeat(300))).isEqualTo("x".repeat(ClientFileName.MAX_NAME_BYTES) + ClientFileName.EXTENSION);
        assertThat(name("\u00e4".repeat(120))).isEqualTo("\u00e4".repeat(75) + ClientFileName.EXTENSION);
        String emoji = ClientFileName.displayName(ClientFileName.forClient(FOLDER, "\ud83d\ude00".repeat(60)));
        assertThat(emoji).isEqualTo("\ud83d\ude00".repeat(37));
        assertThat(utf8(emoji)).isEqualTo(148);
        String ending = ClientFileName.displayName(ClientFileName.forClient(FOLDER, "a".repeat(148) + "\u00e4\u00e4"));
        assertThat(ending).isEqualTo("a".repeat(148) + "\u00e4");
    }

    @Test
    void controlCharactersAndBidiOverridesAreMapped() {
        assertThat(name("esc\u001b[31mred")).isEqualTo("esc_[31mred.seloste.mv.db");
        assertThat(name("\u202efdp.exe")).isEqualTo("_fdp.exe.seloste.mv.db");
        assertThat(name("a\u0085b\u007fc")).isEqualTo("a_b_c.seloste.mv.db");
    }

    /** One rule: whatever the user types in "New client file", the file it gives is one import would make too. */
    @Test
    void everyNameTheAppMakesFollowsTheRuleOfImport() {
        for (String typed : HOSTILE) {
            Path file = ClientFileName.forClient(FOLDER, typed);
            assertThat(ClientFileName.problemForNew(file)).as("%s -> %s", typed, file).isEmpty();
            assertThat(utf8(file.getFileName().toString()))
                    .isLessThanOrEqualTo(ClientFileName.MAX_NAME_BYTES + ClientFileName.EXTENSION.length());
            assertThat(file.getParent()).isEqualTo(FOLDER);
        }
    }

    @Test
    void aNewNameThatCannotRoundTripIsRefusedWithItsReason() {
        assertThat(problem("a;b")).contains(new NameProblem(Flaw.CHARACTER, ";"));
        assertThat(problem("a\\b")).contains(new NameProblem(Flaw.CHARACTER, "\\"));
        assertThat(problem("a:b")).contains(new NameProblem(Flaw.CHARACTER, ":"));
        assertThat(problem("esc\u001b[31m")).contains(new NameProblem(Flaw.CHARACTER, "\u001b"));
        assertThat(problem("new\nline")).contains(new NameProblem(Flaw.CHARACTER, "\n"));
        assertThat(problem("\u202efdp.exe")).contains(new NameProblem(Flaw.CHARACTER, "\u202e"));
        assertThat(problem(".")).contains(new NameProblem(Flaw.LEADING_DOT, ""));
        assertThat(problem("..")).contains(new NameProblem(Flaw.LEADING_DOT, ""));
        assertThat(problem(".hidden")).contains(new NameProblem(Flaw.LEADING_DOT, ""));
        assertThat(problem("")).contains(new NameProblem(Flaw.EMPTY, ""));
        assertThat(problem("trailing ")).contains(new NameProblem(Flaw.TRAILING_DOT_OR_SPACE, ""));
        assertThat(problem("Oy.")).contains(new NameProblem(Flaw.TRAILING_DOT_OR_SPACE, ""));
        assertThat(problem("CON")).contains(new NameProblem(Flaw.RESERVED_ON_WINDOWS, "CON"));
        assertThat(problem("con.txt")).contains(new NameProblem(Flaw.RESERVED_ON_WINDOWS, "con"));
        assertThat(problem("Lpt1")).contains(new NameProblem(Flaw.RESERVED_ON_WINDOWS, "Lpt1"));
        assertThat(problem("x".repeat(151))).contains(new NameProblem(Flaw.TOO_LONG, "151"));
        assertThat(problem("\u00e4".repeat(120))).contains(new NameProblem(Flaw.TOO_LONG, "240"));
        assertThat(problem("x".repeat(150))).isEmpty();
        assertThat(problem(" lead space")).isEmpty();
        assertThat(problem("\ud83d\ude00 Hieroja Oy \ud83c\uddeb\ud83c\uddee")).isEmpty();
        assertThat(problem("name.mv.db")).isEmpty();
        assertThat(ClientFileName.problemForNew(FOLDER.resolve("X.SELOSTE.MV.DB")))
                .contains(new NameProblem(Flaw.ENDING_CASE, "X.seloste.mv.db"));
        assertThat(ClientFileName.problemForNew(FOLDER.resolve("notes.txt")))
                .contains(new NameProblem(Flaw.WRONG_ENDING, "notes.txt"));
        assertThat(ClientFileName.problemForNew(Path.of("/kansio;INIT=x/Flowest.seloste.mv.db")))
                .contains(new NameProblem(Flaw.FOLDER_CHARACTER, ";"));
    }

    /** Probe L3: "a;b" was refused as "must end in .seloste.mv.db"; a ";" must never reach H2's URL as settings. */
    @Test
    void aSemicolonAnywhereInThePathNeverReachesTheJdbcUrl() {
        Path inName = Path.of("/tmp/x;INIT=RUNSCRIPT FROM 'evil.sql'.seloste.mv.db");
        Path inFolder = Path.of("/tmp/x;INIT=RUNSCRIPT FROM 'evil'/Flowest.seloste.mv.db");
        for (Path file : List.of(inName, inFolder)) {
            assertThat(ClientFileName.isH2FileName(file)).isFalse();
            assertThatThrownBy(() -> H2Url.toCreate(file)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> H2Url.toOpen(file)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ClientFileName.problemForOpening(inName)).contains(new NameProblem(Flaw.CHARACTER, ";"));
    }

    /** Probe L3: H2 turns "\" into "/", so "a\b.seloste.mv.db" was created but could never be opened again. */
    @Test
    void aBackslashIsNoFileNameCharacterForH2WhereSlashSeparatesFolders() {
        assumeThat(java.io.File.separatorChar).isEqualTo('/');
        assertThat(ClientFileName.problemForOpening(Path.of("/tmp/a\\b.seloste.mv.db")))
                .contains(new NameProblem(Flaw.CHARACTER, "\\"));
        assertThat(ClientFileName.isH2FileName(Path.of("/tmp/a\\b/x.seloste.mv.db"))).isFalse();
    }

    /** Probe L3: "X.SELOSTE.MV.DB" was created, and then every command said "no client file at". */
    @Test
    void anEndingInCapitalsIsWrittenInSmallLettersAndAnExistingOneIsNamedAsTheProblem(@TempDir Path dir)
            throws Exception {
        assertThat(ClientFileName.withExtension(dir.resolve("X.SELOSTE.MV.DB"))).isEqualTo(dir.resolve("X.seloste.mv.db"));
        assertThat(ClientFileName.withExtension(dir.resolve("X.Seloste.Mv.Db"))).isEqualTo(dir.resolve("X.seloste.mv.db"));
        Path upper = Files.writeString(dir.resolve("Y.SELOSTE.MV.DB"), "x");
        assumeThat(Files.exists(dir.resolve("Y.SELOSTE.mv.db"))).as("a file system that tells letter case apart").isFalse();
        assertThat(ClientFileName.problemForOpening(upper)).contains(new NameProblem(Flaw.ENDING_CASE, "Y.seloste.mv.db"));
        assertThat(ClientFileName.isH2FileName(upper)).isFalse();
    }

    /** Probe L2: a name at the limit still gives backup copies whose names fit in 255 bytes. */
    @ParameterizedTest
    @ValueSource(ints = {1, 4, 99})
    void theUpgradesBackupOfANameAtTheLimitFits(int fromVersion) {
        Path file = FOLDER.resolve("\u00e4".repeat(ClientFileName.MAX_NAME_BYTES / 2) + ClientFileName.EXTENSION);
        assertThat(utf8(Upgrade.backupName(file, fromVersion).getFileName().toString()))
                .isLessThanOrEqualTo(ClientFileName.MAX_FILE_NAME_BYTES);
    }

    @Test
    void displayNameAndExtension() {
        Path file = Path.of("/a/Flowest.seloste.mv.db");
        assertThat(ClientFileName.displayName(file)).isEqualTo("Flowest");
        assertThat(ClientFileName.isClientFile(file)).isTrue();
        assertThat(ClientFileName.withExtension(Path.of("/a/Flowest"))).isEqualTo(file);
        assertThat(ClientFileName.databaseName(file)).isEqualTo("/a/Flowest.seloste");
    }

    private static String name(String typed) {
        return ClientFileName.forClient(FOLDER, typed).getFileName().toString();
    }

    private static Optional<NameProblem> problem(String clientName) {
        return ClientFileName.problemForNew(FOLDER.resolve(clientName + ClientFileName.EXTENSION));
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
