package fi.seloste.export;

import java.time.LocalDate;
import java.util.Arrays;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

/**
 * Not a test: a quick measurement of exporting the physiotherapy seed to PDF and HTML (Finnish). Warms up, then
 * prints the median of 50 runs. Run with:
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/test-cp.txt) fi.seloste.export.ExportBench
 * </pre>
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) {
        Notice notice = SeedNotices.physiotherapy();
        NoticeMeta meta = new NoticeMeta(LocalDate.of(2027, 11, 1), 1);
        int warmup = 20;
        int runs = 50;
        long sink = 0;
        long coldStart = System.nanoTime();
        sink += export(notice, meta);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < warmup; i++) {
            sink += export(notice, meta);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += export(notice, meta);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        System.out.printf(java.util.Locale.ROOT,
                "ExportBench: physiotherapy seed, fi, PDF+HTML: first run %.1f ms; median %.1f ms, min %.1f ms, max %.1f ms"
                        + " over %d runs after %d warm-up runs (%d bytes)%n",
                coldMs, median, ms[0], ms[runs - 1], runs, warmup, sink / (runs + warmup + 1));
    }

    private static long export(Notice notice, NoticeMeta meta) {
        byte[] pdf = NoticePdf.render(notice, Language.FI, meta);
        String html = NoticeHtml.document(notice, Language.FI, meta);
        return pdf.length + html.length();
    }
}
