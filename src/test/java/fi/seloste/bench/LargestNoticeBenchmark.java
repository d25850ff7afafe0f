package fi.seloste.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.export.NoticeHtml;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.NoticePdf;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.LimitNotices;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How long the largest notices the limits allow take to export to PDF and HTML, one export at a time, in a warm
 * JVM as the app runs it (docs/decisions/0016-limits-on-owner-text.md; probe M3). Not run by the build. From the
 * repository root, after the classpath is written as for {@link ExportBenchmark} (or run src/bench/largest-notice.sh):
 * <pre>
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/test-cp.txt) org.openjdk.jmh.Main LargestNoticeBenchmark \
 *     -prof fi.seloste.bench.CpuTimeProfiler -jvmArgsAppend "-XX:TieredStopAtLevel=1 -Xmx512m"
 * </pre>
 * Single-shot: each export is timed on its own, 3 warm-up exports and 5 measured ones per notice, one fork; the
 * score is the median (p0.50) of the five. With {@code -Xmx512m} the run also shows the export fits in bounded
 * memory (an OutOfMemoryError would fail it).
 * <ul>
 * <li>{@code seed}: the physiotherapy seed, for scale.</li>
 * <li>{@code fiftyLongRegisters}: {@link LimitNotices#largestRealistic()}: 50 registers, each with a name and a
 * description as long as they may be (300 and 10,000 characters), the last description one unbroken word of
 * 10,000 characters.</li>
 * <li>{@code everyValueAtItsLimit}: one register with every text of it at its limit in every language and one entry
 * in every list (about 190,000 characters in Finnish).</li>
 * <li>{@code unbrokenWord200k}: the probe's case, a description of one unbroken word of 200,000 characters (over the
 * limit now: such a notice can still come from an older file, and the wizard keeps what was pasted).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class LargestNoticeBenchmark {

    @Param({"seed", "fiftyLongRegisters", "everyValueAtItsLimit", "unbrokenWord200k"})
    public String notice;

    private Notice exported;
    private NoticeMeta meta;

    @Setup(Level.Trial)
    public void setUp() {
        meta = new NoticeMeta(LocalDate.of(2027, 1, 4), 1);
        exported = switch (notice) {
            case "seed" -> SeedNotices.physiotherapy();
            case "fiftyLongRegisters" -> LimitNotices.largestRealistic();
            case "everyValueAtItsLimit" -> LimitNotices.everyValue(limit -> LimitNotices.prose(limit.max()));
            case "unbrokenWord200k" -> withDescription(SeedNotices.physiotherapy(), "x".repeat(200_000));
            default -> throw new IllegalArgumentException(notice);
        };
    }

    @Benchmark
    public void pdfAndHtml(Blackhole sink) {
        sink.consume(NoticePdf.render(exported, Language.FI, meta));
        sink.consume(NoticeHtml.document(exported, Language.FI, meta));
    }

    private static Notice withDescription(Notice notice, String description) {
        Register first = notice.registers().get(0);
        return Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), notice.dataProtectionOfficer(), notice.settings(),
                List.of(first.toBuilder().description(LocalizedText.finnish(description)).build()));
    }
}
