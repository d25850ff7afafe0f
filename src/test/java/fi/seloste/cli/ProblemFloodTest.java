package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.ClientFileWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** L6: an import with 300,000 problems printed every one of them; the first 20 tell what is wrong. */
class ProblemFloodTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PROBLEMS = 45;

    @TempDir
    Path dir;

    @Test
    void anImportWithManyProblemsShowsTheFirst20AndHowManyMoreInEveryLanguage() throws Exception {
        Path json = manyBadPurposes();

        CliRun en = CliRun.of(Language.EN, "import", json.toString(), "--into", dir.resolve("T").toString());
        CliRun fi = CliRun.of(Language.FI, "import", json.toString(), "--into", dir.resolve("T").toString());
        CliRun sv = CliRun.of(Language.SV, "import", json.toString(), "--into", dir.resolve("T").toString());

        for (CliRun run : List.of(en, fi, sv)) {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
            assertThat(run.err().lines().filter(l -> l.contains("GUT_FEELING") || l.contains("basis"))).hasSize(20);
        }
        assertThat(en.err()).contains(PROBLEMS + " problems", "and " + (PROBLEMS - 20) + " more (only the first 20 are shown)");
        assertThat(fi.err()).contains("ja " + (PROBLEMS - 20) + " muuta (vain 20 ensimmäistä näytetään)");
        assertThat(sv.err()).contains("och " + (PROBLEMS - 20) + " till (bara de 20 första visas)");
        assertThat(dir.resolve("T.seloste.mv.db")).doesNotExist();
    }

    @Test
    void validateShowsTheFirst20FindingsErrorsFirstAndHowManyMore() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        List<Register> registers = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            registers.add(Register.empty(i, RegisterTemplate.BLANK, LocalizedText.finnish("Tyhjä " + i)));
        }
        Path file = dir.resolve("Tyhjät.seloste.mv.db");
        ClientFileWriter.write(file, seed.withRegisters(registers));

        CliRun run = CliRun.of("validate", file.toString());

        List<String> findings = run.out().lines().skip(1).toList();
        assertThat(findings).hasSize(21);
        assertThat(findings.subList(0, 20)).allMatch(l -> l.startsWith("  ERROR"));
        assertThat(findings.get(20)).matches("  and \\d+ more \\(only the first 20 are shown\\)");
        assertThat(run.err()).containsPattern("\\d\\d+ errors");
    }

    /** A notice whose one register has {@link #PROBLEMS} purposes with a legal basis that does not exist. */
    private Path manyBadPurposes() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("docs/samples/physiotherapy-seed.json").toFile());
        ObjectNode register = (ObjectNode) root.get("notice").get("registers").get(0);
        JsonNode purpose = register.get("purposes").get(0);
        ArrayNode purposes = register.putArray("purposes");
        for (int i = 0; i < PROBLEMS; i++) {
            ObjectNode bad = (ObjectNode) purpose.deepCopy();
            bad.put("basis", "GUT_FEELING");
            purposes.add(bad);
        }
        Path json = dir.resolve("flood.json");
        Files.writeString(json, JSON.writeValueAsString(root));
        return json;
    }
}
