package fi.seloste.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application image that `./mvnw package` leaves at target/image/seloste, run as a user runs it: its own
 * runtime, its launcher bin/seloste, its class-data-sharing archive. Runs in the integration-test phase (failsafe).
 */
class AppImageIT {

    private static final Path IMAGE = Path.of(System.getProperty("seloste.image", "target/image/seloste"));
    private static final Path LAUNCHER = IMAGE.resolve("bin/seloste");
    private static final Path SAMPLE = Path.of("docs/samples/physiotherapy-seed.json");

    @TempDir
    Path dir;

    @Test
    void theImageCarriesItsOwnRuntimeAndTheLauncherAnswers() throws Exception {
        Run run = run(List.of("--version"), null);

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Seloste ");
        assertThat(IMAGE.resolve("lib/runtime/lib/modules")).isRegularFile();
        assertThat(IMAGE.resolve("lib/app/seloste.jsa")).isRegularFile();
    }

    @Test
    void importThenExportJsonGivesTheSampleBackAndTheClassDataArchiveIsUsable() throws Exception {
        Path file = dir.resolve("Fysio.seloste.mv.db");
        // -Xshare:on makes the JVM refuse to start unless the image's archive matches its runtime and class path.
        Run imported = run(List.of("import", SAMPLE.toAbsolutePath().toString(), "--into", file.toString()), "-Xshare:on");
        Run exported = run(List.of("export-json", file.toString()), "-Xshare:on");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).isEqualTo(Files.readString(SAMPLE, StandardCharsets.UTF_8));
    }

    @Test
    void aBatchWithABadFileExportsTheRestAndShowsNoStackTrace() throws Exception {
        Path file = dir.resolve("Fysio.seloste.mv.db");
        assertThat(run(List.of("import", SAMPLE.toAbsolutePath().toString(), "--into", file.toString()), null).code()).isZero();
        Path damaged = dir.resolve("Rikki.seloste.mv.db");
        Files.write(damaged, new byte[] {'H', ':', '2', ','});
        Path out = dir.resolve("out");

        Run run = run(List.of("export", damaged.toString(), file.toString(), "--lang", "fi", "--out", out.toString()), null);

        assertThat(run.code()).isEqualTo(3);
        assertThat(out.resolve("Fysio-fi.pdf")).isRegularFile();
        assertThat(out.resolve("Fysio-fi.html")).isRegularFile();
        assertThat(run.err()).contains("Rikki").doesNotContain("Exception", "\tat ", "INFO");
    }

    private Run run(List<String> arguments, String jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toAbsolutePath().toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        String options = "-Dseloste.config.dir=" + dir.resolve("config") + " -Duser.language=en";
        builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions == null ? options : options + " " + jvmOptions);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String errors = Files.readString(err).lines()
                .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS")).reduce("", (a, b) -> a + b + "\n");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errors);
    }

    private record Run(int code, String out, String err) {
    }
}
