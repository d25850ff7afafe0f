package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.seloste.domain.Language;

import org.junit.jupiter.api.Test;

/** `seloste --version` names the version of the build, however the app was started (here: from target/classes). */
class VersionTest {

    @Test
    void theVersionIsTheProjectsAsTheBuildWroteIt() throws Exception {
        Matcher m = Pattern.compile("<artifactId>seloste</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("the project's version in pom.xml").isTrue();

        CliRun run = CliRun.of(Language.EN, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("Seloste " + m.group(1));
    }
}
