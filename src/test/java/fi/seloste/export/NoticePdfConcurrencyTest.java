package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.api.Test;

/**
 * Two renders at the same time (a batch export on two cores) each get exactly the bytes a render alone gives: the
 * parsed fonts that renders reuse ({@link PdfFonts}) are never shared by two renders at once.
 */
class NoticePdfConcurrencyTest {

    private static final NoticeMeta META = SeedCases.META;
    private static final int ROUNDS = 4;

    @Test
    void twoThreadsRenderingDifferentNoticesAtOnceGetWhatOneThreadGets() throws Exception {
        Notice physiotherapy = SeedNotices.physiotherapy();
        Notice beautySalon = SeedNotices.beautySalon();
        byte[] physiotherapyFi = NoticePdf.render(physiotherapy, Language.FI, META);
        byte[] beautySalonEn = NoticePdf.render(beautySalon, Language.EN, META);
        byte[] recordSv = RecordOfProcessing.pdf(physiotherapy, Language.SV, META);
        assertThat(physiotherapyFi).isNotEqualTo(beautySalonEn);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<byte[]>> first = pool.submit(() -> {
                List<byte[]> out = new ArrayList<>();
                for (int i = 0; i < ROUNDS; i++) {
                    together.await(30, TimeUnit.SECONDS);
                    out.add(NoticePdf.render(physiotherapy, Language.FI, META));
                }
                return out;
            });
            Future<List<byte[]>> second = pool.submit(() -> {
                List<byte[]> out = new ArrayList<>();
                for (int i = 0; i < ROUNDS; i++) {
                    together.await(30, TimeUnit.SECONDS);
                    out.add(i % 2 == 0 ? NoticePdf.render(beautySalon, Language.EN, META)
                            : RecordOfProcessing.pdf(physiotherapy, Language.SV, META));
                }
                return out;
            });
            List<byte[]> firstResults = first.get(5, TimeUnit.MINUTES);
            List<byte[]> secondResults = second.get(5, TimeUnit.MINUTES);
            for (int i = 0; i < ROUNDS; i++) {
                assertThat(Arrays.equals(firstResults.get(i), physiotherapyFi)).as("physiotherapy fi, round %d", i).isTrue();
                byte[] expected = i % 2 == 0 ? beautySalonEn : recordSv;
                assertThat(Arrays.equals(secondResults.get(i), expected)).as("second thread, round %d", i).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(PdfFonts.idle()).as("font sets kept for reuse").isBetween(1, 3);
    }
}
