package fi.seloste.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The seloste command line run as its own Java process from the test classpath, as a user's terminal runs it: the
 * real main class {@code fi.seloste.cli.SelosteCli}, its own settings folder, English messages. It can be waited
 * for, or ended at once as kill -9 would end it.
 */
public final class CliProcess {

    /** The main class of the command line (by name: the cli package's classes are not public). */
    public static final String MAIN_CLASS = "fi.seloste.cli.SelosteCli";

    private final Process process;
    private final Path out;
    private final Path err;
    private final long startedNanos;

    private CliProcess(Process process, Path out, Path err, long startedNanos) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code seloste ARGS}; its settings and log files go to {@code configDir}, its output to files there. */
    public static CliProcess start(Path configDir, List<String> args) throws IOException {
        Files.createDirectories(configDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xshare:auto");
        command.add("-XX:+UseSerialGC");
        // C1 only: these runs are short, and most of their time is start-up, not steady work.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dorg.jooq.no-logo=true");
        command.add("-Dseloste.config.dir=" + configDir);
        command.add("-Duser.language=en");
        command.add("-Djava.awt.headless=true");
        command.add(MAIN_CLASS);
        command.addAll(args);
        Path out = Files.createTempFile(configDir, "out", ".txt");
        Path err = Files.createTempFile(configDir, "err", ".txt");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new CliProcess(process, out, err, started);
    }

    /** Runs {@code seloste ARGS} to its end (at most {@code timeoutSeconds}). */
    public static Result run(Path configDir, long timeoutSeconds, List<String> args) throws Exception {
        CliProcess cli = start(configDir, args);
        if (!cli.process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            cli.kill();
            throw new IllegalStateException("seloste " + args + " did not finish in " + timeoutSeconds + " s");
        }
        return cli.result();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the process has ended by itself, at most {@code millis}; true when it has ended. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** Ends the process at once (SIGKILL on Linux): no shutdown hooks, no finally blocks, no clean close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a killed seloste process is still running: " + process.pid());
        }
    }

    /** Milliseconds since the process was started. */
    public long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** The exit code and output of an ended process. */
    public Result result() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("still running");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, String out, String err) {

        /** Whether the terminal shows a Java stack trace or exception name, which a user must never see. */
        public boolean showsStackTrace() {
            return err.contains("\tat ") || err.contains("Exception in thread") || out.contains("\tat ");
        }
    }
}
