package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;

/**
 * A client file received by mail must not be able to drive the accountant's terminal (probe M4): owner text and
 * file names reach the terminal with every control character escaped.
 */
class TerminalEscapesTest {

    /** The probe's vector: retitles the window, clears the screen, prints a fake red line, hides what follows. */
    static final String VECTOR = "\u001b]0;PWNED-title\u0007\u001b[2J\u001b[H\u001b[31mFAKE: all notices signed\u001b[0m\r\u001b[8m";

    /** The vector for file names: without its ";", which no client file name can have (H2 cannot open it). */
    static final String FILE_VECTOR = VECTOR.replace(";", "");

    @TempDir
    Path dir;

    @Test
    void listShowsEscapesInTheControllerNameBusinessIdSignerAndFileNameAsText() throws Exception {
        Path file = hostileFile("Asiakas " + FILE_VECTOR);
        try (ClientFile client = ClientFiles.open(file)) {
            client.signOff("Signer " + VECTOR, LocalizedText.finnish("role " + VECTOR), Instant.parse("2026-11-01T10:00:00Z"));
        }

        CliRun run = CliRun.of("list", dir.toString());

        assertNoRawControls(run);
        assertThat(run.out()).contains("\\e]0;PWNED-title\\u0007\\e[2J\\e[H\\e[31mFAKE: all notices signed\\e[0m \\e[8m");
        assertThat(run.out().lines().toList()).hasSize(2);
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("Asiakas \\e]0PWNED-title").contains("Asiakas \\e]0;PWNED-title", "Signer \\e]0;");
    }

    @Test
    void validateShowsEscapesInTheBusinessIdRegisterNameAndPurposeAsText() throws Exception {
        Path file = hostileFile("Asiakas " + FILE_VECTOR);

        CliRun run = CliRun.of("validate", file.toString());

        assertNoRawControls(run);
        assertThat(run.out()).contains("Asiakas \\e]0PWNED-title", "Rekisteri \\e]0;PWNED-title",
                "Tarkoitus \\e]0;PWNED-title", "12345 \\e]0;PWNED-title");
    }

    @Test
    void progressAndProblemLinesShowEscapesInFileNamesAsText() throws Exception {
        Path file = hostileFile("Asiakas " + FILE_VECTOR);
        Path broken = dir.resolve("Rikki " + FILE_VECTOR + ".seloste.mv.db");
        Files.writeString(broken, "ei tietokanta");

        CliRun export = CliRun.of("export", file.toString(), broken.toString(), "--out", dir.resolve("out").toString(),
                "--format", "html", "--lang", "fi");
        CliRun exportJson = CliRun.of("export-json", broken.toString());
        CliRun list = CliRun.of("list", dir.toString());

        for (CliRun run : List.of(export, exportJson, list)) {
            assertNoRawControls(run);
        }
        assertThat(export.err()).contains("Asiakas \\e]0PWNED-title", "Rikki \\e]0PWNED-title");
        assertThat(exportJson.err()).contains("Rikki \\e]0PWNED-title");
    }

    @Test
    void bidiOverridesAndLineBreaksInOwnerTextAreShownAsCodes() {
        assertThat(TerminalText.escape("\u202efdp.exe")).isEqualTo("\\u202efdp.exe");
        assertThat(TerminalText.escape("a\u2066b\u2069c\u200fd")).isEqualTo("a\\u2066b\\u2069c\\u200fd");
        assertThat(TerminalText.escape("rivi\nFAKE\ttab\u009b31m\u007f")).isEqualTo("rivi\\nFAKE\\ttab\\u009b31m\\u007f");
        assertThat(TerminalText.escape("Hieroja Oy 😀 שלום C:\\asiakkaat")).isEqualTo("Hieroja Oy 😀 שלום C:\\asiakkaat");
        String once = TerminalText.escape(VECTOR);
        assertThat(TerminalText.escape(once)).isEqualTo(once);
    }

    /** A client file named {@code name} whose controller, business id, register and purpose carry the vector. */
    private Path hostileFile(String name) throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        List<Register> registers = new ArrayList<>();
        Register first = seed.registers().get(0);
        List<Purpose> purposes = new ArrayList<>(first.purposes());
        purposes.add(new Purpose(LocalizedText.finnish("Tarkoitus " + VECTOR), null, LocalizedText.EMPTY));
        registers.add(first.toBuilder().name(LocalizedText.finnish("Rekisteri " + VECTOR)).purposes(purposes).build());
        Notice notice = seed.withController(seed.controller().withName("Asiakas " + VECTOR).withBusinessId("12345 " + VECTOR))
                .withRegisters(registers);
        Path plain = dir.resolve("plain.seloste.mv.db");
        ClientFileWriter.write(plain, notice);
        // Renamed afterwards: such a name can no longer be given to a new client file, but may come by mail.
        return Files.move(plain, dir.resolve(name + ".seloste.mv.db"));
    }

    private static void assertNoRawControls(CliRun run) {
        for (String stream : List.of(run.out(), run.err())) {
            assertThat(stream.replace(System.lineSeparator(), "\n")).doesNotContain("\u001b", "\u0007", "\r", "\u009b", "\u202e");
        }
    }
}
