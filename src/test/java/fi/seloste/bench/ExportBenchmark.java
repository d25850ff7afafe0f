package fi.seloste.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.export.NoticeExport;
import fi.seloste.export.NoticeHtml;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.NoticePdf;
import fi.seloste.seeds.SeedNotices;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Exporting the physiotherapy seed in Finnish to PDF and HTML (issue 4: a median under 100 ms after warm-up on two
 * cores; a batch of 200 client files at 20 files a second or more). Not run by the build: its name does not end in
 * Test, and surefire skips the harness JMH generates. Run from the repository root:
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/test-cp.txt) org.openjdk.jmh.Main ExportBenchmark \
 *     -prof fi.seloste.bench.CpuTimeProfiler
 * </pre>
 * One fork, 20 warm-up iterations of 2 s (C2 goes on compiling this code for about 40 s of CPU on two cores; with
 * fewer, the score still falls from iteration to iteration) and 10 measured ones; about three minutes in all. The
 * application itself runs with C1 only ({@code -XX:TieredStopAtLevel=1}, see pom.xml); to measure that, add
 * {@code -jvmArgsAppend -XX:TieredStopAtLevel=1}. {@link CpuTimeProfiler} adds the CPU time per export, which
 * depends much less than the scores on what else the machine is doing. Add {@code -rf json -rff target/jmh.json} to
 * keep the results.
 * <ul>
 * <li>{@code pdfAndHtml}: one export at a time, the time a user waits (sample mode: median and percentiles, ms).</li>
 * <li>{@code pdfAndHtmlTwoThreads}: two exports at the same time on two threads, exports per second in all.</li>
 * <li>{@code exportToFolderTwoThreads}: the same through {@link NoticeExport#write} into a temporary folder, as a
 * batch would: also writes both files to a temporary name, forces them to the disk and moves them into place.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 20, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(1)
public class ExportBenchmark {

    private static final Set<NoticeExport.Format> PDF_AND_HTML = EnumSet.of(NoticeExport.Format.PDF, NoticeExport.Format.HTML);

    private final AtomicInteger files = new AtomicInteger();
    private Notice notice;
    private NoticeMeta meta;
    private Path folder;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        notice = SeedNotices.physiotherapy();
        meta = new NoticeMeta(LocalDate.of(2027, 11, 1), 1);
        folder = Files.createTempDirectory("seloste-bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public void pdfAndHtml(Blackhole sink) {
        export(sink);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public void pdfAndHtmlTwoThreads(Blackhole sink) {
        export(sink);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Object exportToFolderTwoThreads() throws IOException {
        // A batch of 200 client files, written over and over (each file replaces the one of the round before).
        String name = "client-" + files.getAndIncrement() % 200;
        return NoticeExport.write(notice, EnumSet.of(Language.FI), PDF_AND_HTML, folder, name, meta);
    }

    private void export(Blackhole sink) {
        sink.consume(NoticePdf.render(notice, Language.FI, meta));
        sink.consume(NoticeHtml.document(notice, Language.FI, meta));
    }
}
