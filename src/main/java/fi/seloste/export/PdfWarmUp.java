package fi.seloste.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;

/**
 * Renders an empty notice to PDF on a thread of its own while a cold command opens its client file, so that the
 * first real PDF finds openhtmltopdf, PDFBox and the fonts ready: the two halves of a cold {@code seloste export}
 * then run on both cores instead of one after the other (issue 16; docs/decisions/0029-start-up.md). Its PDF is
 * thrown away; the parsed fonts go back to {@link PdfFonts}' idle sets, which the real render borrows.
 */
public final class PdfWarmUp {

    private static final Logger LOG = Logger.getLogger(PdfWarmUp.class.getName());
    /** Longer than any cold warm-up; a render that finds it still running after this goes on without it. */
    private static final long MOST_WAIT_SECONDS = 20;

    private static volatile CompletableFuture<Void> running;

    private PdfWarmUp() {
    }

    /** Starts the warm-up once per process; later calls do nothing. */
    public static synchronized void start() {
        if (running != null) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        running = done;
        Thread thread = new Thread(() -> {
            try {
                NoticePdf.render(Notice.EMPTY, Language.FI, NoticeMeta.NONE);
            } catch (RuntimeException | LinkageError e) {
                // Only a head start: the real render will meet and report whatever failed here.
                LOG.log(Level.FINE, "The PDF warm-up failed", e);
            } finally {
                done.complete(null);
            }
        }, "seloste-pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The warm-up started in this process, if any: for tests. */
    static CompletableFuture<Void> started() {
        return running;
    }

    /**
     * Waits for a warm-up that was started and is still running, so that a render does not parse the fonts a second
     * time beside it on a two-core machine. Returns at once when none was started or it is done.
     */
    static void awaitIfRunning() {
        CompletableFuture<Void> warmUp = running;
        if (warmUp == null || warmUp.isDone() || Thread.currentThread().getName().equals("seloste-pdf-warm-up")) {
            return;
        }
        try {
            warmUp.get(MOST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "Rendering without waiting for the PDF warm-up", e);
        }
    }
}
