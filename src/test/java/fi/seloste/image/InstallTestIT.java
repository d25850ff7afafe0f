package fi.seloste.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * packaging/linux/install-test.sh, run by failsafe under the installers profile (./mvnw -Pinstallers verify): installs
 * the .deb, and then the .rpm (--rpm; with rpm -i --nodeps on Debian, dnf on Fedora), on this machine, checks the
 * command, the menu entry, the MIME type, an export and the window, and removes it. Skipped without that profile
 * (plain verify never installs anything), and skipped with the script's reason where it says SKIPPED (no root, no
 * dpkg or rpm, no package built, a seloste package installed already). The two never run at once: both install
 * /opt/seloste.
 */
class InstallTestIT {

    @Test
    void theDebInstallsWorksAndLeavesNothingButUserDataWhenRemoved() throws Exception {
        runInstallTest("seloste_");
    }

    @Test
    void theRpmInstallsWorksAndLeavesNothingButUserDataWhenRemoved() throws Exception {
        runInstallTest("seloste-", "--rpm");
    }

    private static void runInstallTest(String packagePrefix, String... arguments) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("seloste.installTest"),
                "only under the installers profile (./mvnw -Pinstallers verify)");
        List<String> command = new ArrayList<>(List.of("packaging/linux/install-test.sh"));
        command.addAll(List.of(arguments));
        File output = Files.createTempFile("install-test", ".txt").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("finished in time").isTrue();
        String text = Files.readString(output.toPath(), StandardCharsets.UTF_8);
        Files.delete(output.toPath());
        String skipped = text.lines().filter(line -> line.startsWith("SKIPPED: ")).findFirst().orElse(null);
        Assumptions.assumeTrue(skipped == null, skipped);

        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).contains("PASSED: install test of " + packagePrefix);
        assertThat(Path.of("/opt/seloste")).doesNotExist();
        assertThat(Path.of("/usr/bin/seloste")).doesNotExist();
    }
}
