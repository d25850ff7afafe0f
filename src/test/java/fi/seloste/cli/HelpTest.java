package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.seloste.domain.Language;

class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"export", "validate", "import", "export-json", "list", "recover"})
    void everyCommandHasHelpInEachLanguage(String command) {
        CliRun english = CliRun.of(Language.EN, command, "--help");
        CliRun finnish = CliRun.of(Language.FI, command, "--help");
        CliRun swedish = CliRun.of(Language.SV, command, "--help");

        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).startsWith("Usage: seloste " + command).contains("Show this help and exit.");
        assertThat(finnish.out()).startsWith("Käyttö: seloste " + command).contains("Näytä tämä ohje ja lopeta.")
                .doesNotContain("Show this help");
        assertThat(swedish.out()).startsWith("Användning: seloste " + command).contains("Visa den här hjälpen");
    }

    @Test
    void theTopHelpListsTheCommandsAndTheExitCodes() {
        CliRun run = CliRun.of(Language.FI, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("export", "validate", "import", "export-json", "list",
                "Paluuarvot:", "3   jotakin tiedostoa ei voitu lukea");
    }

    @Test
    void exportHelpExplainsEveryOption() {
        CliRun run = CliRun.of(Language.EN, "export", "--help");

        assertThat(run.out()).contains("--format=FORMAT", "record-pdf", "--lang=LANG", "--out=DIR", "--version=N",
                "signed version N", "--jobs=N");
    }
}
