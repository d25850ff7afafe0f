package fi.seloste.ui.clients;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import fi.seloste.batch.BatchRun;
import fi.seloste.batch.ClientExport;
import fi.seloste.batch.ClientFileReadFailure;
import fi.seloste.batch.ClientValidation;
import fi.seloste.batch.ExportTexts;
import fi.seloste.batch.FileOutcome;
import fi.seloste.batch.PrintTexts;
import fi.seloste.batch.SignedPrint;
import fi.seloste.clients.ClientScanner;
import fi.seloste.domain.Language;
import fi.seloste.domain.check.Finding;
import fi.seloste.domain.check.Severity;
import fi.seloste.export.Printer;
import fi.seloste.export.SafeFiles;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.ui.I18n;
import fi.seloste.ui.PrintProblemText;
import fi.seloste.ui.ProblemText;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The overview's batch work: export, validate or print many client files, each file a {@link Task} of its own on at
 * most two threads (printing on one, after the one print dialog of the batch), the window free meanwhile. Cancel
 * stops every file at its next document; a file cancelled leaves nothing it had begun. At the end a
 * {@link Summary} names each file that was skipped or failed, with why, and each that was cancelled. FX thread only, except the tasks.
 */
public final class ClientBatch implements AutoCloseable {

    /** A finding list this long says what is wrong; the rest is in the file's review step. */
    static final int FINDINGS_SHOWN = 5;

    enum Kind { EXPORT, VALIDATE, PRINT }

    /**
     * How a batch ended: the counts, and a line for each file that failed, was cancelled or has something to say; or,
     * for a batch that never began (the print dialog closed, no printer), a headline that says why.
     */
    record Summary(Kind kind, long done, long skipped, long failed, long cancelled, List<String> lines, Path folder,
                   String headline) {
    }

    private final I18n i18n;
    private final ClientScanner.Gate gate;
    private final Printer printer;
    private final Clock clock;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, daemon("seloste-batch"));
    private final ExecutorService printing = Executors.newSingleThreadExecutor(daemon("seloste-batch-print"));
    private final ObservableList<Task<?>> tasks = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty finished = new SimpleIntegerProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();
    private BatchRun.Hook hook = BatchRun.Hook.NONE;
    private BatchRun<?> current;
    /** Cancel pressed before the files began (while the print dialog is open): they are not begun. */
    private boolean cancelledBeforeStart;
    private boolean closed;

    ClientBatch(I18n i18n, ClientScanner.Gate gate, Printer printer, Clock clock) {
        this.i18n = i18n;
        this.gate = gate;
        this.printer = printer;
        this.clock = clock;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** For tests: called at each file's checkpoints, on the file's thread (to hold a file at a known document). */
    void setHook(BatchRun.Hook hook) {
        this.hook = hook;
    }

    /** The file tasks of the batch running or last run, in the files' order. */
    ObservableList<Task<?>> tasks() {
        return tasks;
    }

    ReadOnlyIntegerProperty total() {
        return total;
    }

    ReadOnlyIntegerProperty finished() {
        return finished;
    }

    ReadOnlyBooleanProperty running() {
        return running;
    }

    ReadOnlyObjectProperty<Kind> kind() {
        return kind;
    }

    /** The last batch's summary; null while one runs and before the first. */
    ReadOnlyObjectProperty<Summary> summary() {
        return summary;
    }

    void clearSummary() {
        summary.set(null);
    }

    void export(List<Path> files, ClientExport.Plan plan) {
        ClientExport export = new ClientExport(plan, clock, exportTexts(), gate);
        start(Kind.EXPORT, files, export::export, workers, plan.folder(), o -> List.of());
        // A run killed while writing leaves temporary files; those of this run are its own to clean up.
        workers.execute(() -> SafeFiles.removeAbandoned(plan.folder()));
    }

    void validate(List<Path> files) {
        LocalDate today = LocalDate.now(clock);
        start(Kind.VALIDATE, files, (file, checkpoint) -> ClientValidation.validate(file, today, gate, checkpoint),
                workers, null, this::findings);
    }

    /**
     * Asks the printer and its settings once, in the operating system's print dialog (on the print thread: it waits
     * for the owner), then prints each file's latest signed version with them. Closing the dialog without printing
     * prints nothing and begins no file.
     */
    void print(List<Path> files, Language language) {
        if (!begin(Kind.PRINT, files)) {
            return;
        }
        String jobName = i18n.text("batch.print.jobName", files.size());
        Task<PrintChoice> choose = new Task<>() {
            @Override
            protected PrintChoice call() throws Exception {
                return printer.installed() ? new PrintChoice(true, printer.chooseOnce(jobName))
                        : new PrintChoice(false, Optional.empty());
            }
        };
        choose.setOnSucceeded(e -> {
            PrintChoice chosen = choose.getValue();
            if (closed) {
                running.set(false);
            } else if (!chosen.installed()) {
                endUnbegun(i18n.text("print.noPrinter"));
            } else if (chosen.session().isEmpty()) {
                endUnbegun(i18n.text("batch.print.dialogClosed"));
            } else {
                SignedPrint print = new SignedPrint(language, chosen.session().get(), gate, printTexts());
                launch(Kind.PRINT, files, print::print, printing, null, outcome -> List.of(i18n.text(
                        "batch.outcome.printed", outcome.name(), outcome.result().version(),
                        outcome.result().printerName())));
            }
        });
        choose.setOnFailed(e -> endUnbegun(PrintProblemText.of(choose.getException(), i18n)));
        printing.execute(choose);
    }

    /** What asking once gave: whether there is a printer, and the printer and settings chosen (empty: closed). */
    private record PrintChoice(boolean installed, Optional<Printer.PrintSession> session) {
    }

    /** Stops every file at its next document; the files not begun are not begun. */
    void cancel() {
        cancelledBeforeStart = true;
        if (current != null) {
            current.cancel();
        }
    }

    private <T> void start(Kind what, List<Path> files, BatchRun.Job<T> job, ExecutorService on, Path folder,
                           Function<FileOutcome<T>, List<String>> doneLines) {
        if (begin(what, files)) {
            launch(what, files, job, on, folder, doneLines);
        }
    }

    /** Shows the batch as running, unless one runs already or there is nothing to do. */
    private boolean begin(Kind what, List<Path> files) {
        if (running.get() || files.isEmpty()) {
            return false;
        }
        cancelledBeforeStart = false;
        tasks.clear();
        summary.set(null);
        kind.set(what);
        total.set(files.size());
        finished.set(0);
        running.set(true);
        return true;
    }

    /** A batch that ended before any file began: nothing was done, and the headline says why. */
    private void endUnbegun(String why) {
        Kind what = kind.get();
        long files = total.get();
        current = null;
        running.set(false);
        summary.set(new Summary(what, 0, 0, 0, files, List.of(), null, why));
    }

    private <T> void launch(Kind what, List<Path> files, BatchRun.Job<T> job, ExecutorService on, Path folder,
                            Function<FileOutcome<T>, List<String>> doneLines) {
        BatchRun<T> run = new BatchRun<>(job, error -> reason(what, error), hook);
        current = run;
        if (cancelledBeforeStart) {
            run.cancel();
        }
        List<FileOutcome<T>> outcomes = new ArrayList<>();
        List<Path> order = List.copyOf(files);
        List<Task<?>> made = new ArrayList<>();
        for (Path file : order) {
            FileTask<T> task = new FileTask<>(run, file, i18n);
            Runnable ended = () -> {
                outcomes.add(task.getValue() != null ? task.getValue()
                        : FileOutcome.failed(file, ProblemText.of(task.getException(), i18n)));
                finished.set(finished.get() + 1);
                if (finished.get() == order.size()) {
                    outcomes.sort(Comparator.comparingInt(o -> order.indexOf(o.file())));
                    finish(what, outcomes, folder, doneLines);
                }
            };
            task.setOnSucceeded(e -> ended.run());
            task.setOnFailed(e -> ended.run());
            made.add(task);
        }
        tasks.setAll(made);
        made.forEach(on::execute);
    }

    private <T> void finish(Kind what, List<FileOutcome<T>> outcomes, Path folder,
                            Function<FileOutcome<T>, List<String>> doneLines) {
        List<String> lines = new ArrayList<>();
        for (FileOutcome<T> outcome : outcomes) {
            switch (outcome.status()) {
                case DONE -> lines.addAll(doneLines.apply(outcome));
                case SKIPPED -> lines.add(i18n.text("batch.outcome.skipped", outcome.name(), outcome.reason()));
                case FAILED -> lines.add(i18n.text("batch.outcome.failed", outcome.name(), outcome.reason()));
                case CANCELLED -> lines.add(i18n.text(what == Kind.EXPORT ? "batch.outcome.cancelled.EXPORT"
                        : "batch.outcome.cancelled", outcome.name()));
            }
        }
        current = null;
        running.set(false);
        summary.set(new Summary(what, FileOutcome.count(outcomes, FileOutcome.Status.DONE),
                FileOutcome.count(outcomes, FileOutcome.Status.SKIPPED),
                FileOutcome.count(outcomes, FileOutcome.Status.FAILED),
                FileOutcome.count(outcomes, FileOutcome.Status.CANCELLED), List.copyOf(lines), folder, null));
    }

    /** "Aalto: 2 errors, 1 warning", then the first findings, errors first. */
    private List<String> findings(FileOutcome<ClientValidation.Result> outcome) {
        ClientValidation.Result result = outcome.result();
        List<String> lines = new ArrayList<>();
        lines.add(i18n.text("batch.outcome.validated", outcome.name(), result.errors(), result.warnings()));
        // Tips are not counted in the line above, so they are not listed under it either.
        List<Finding> sorted = result.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .sorted(Comparator.comparing(Finding::severity)).toList();
        sorted.stream().limit(FINDINGS_SHOWN)
                .forEach(f -> lines.add(i18n.text("batch.outcome.finding", f.message(i18n.language()))));
        if (sorted.size() > FINDINGS_SHOWN) {
            lines.add(i18n.text("batch.outcome.moreFindings", sorted.size() - FINDINGS_SHOWN));
        }
        if (!result.updates().isEmpty()) {
            lines.add(i18n.text("batch.outcome.catalogue", result.updates().size()));
        }
        if (result.uncheckedMarks() > 0) {
            lines.add(i18n.text("batch.outcome.marks", result.uncheckedMarks()));
        }
        return lines;
    }

    /** Why a file failed, in the UI language, with what to do next. */
    private String reason(Kind what, Throwable error) {
        if (error.getCause() instanceof fi.seloste.clients.OpenInThisApp) {
            return i18n.text("batch.openHere");
        }
        if (error instanceof ClientFileException) {
            return ProblemText.of(error, i18n);
        }
        if (error instanceof HeadlessException || error instanceof PrinterException) {
            return PrintProblemText.of(error, i18n);
        }
        if (error instanceof ClientFileReadFailure || (error instanceof IOException && what != Kind.EXPORT)) {
            return i18n.text("batch.readFailed", String.valueOf(error.getMessage()));
        }
        if (error instanceof IOException) {
            return i18n.text("batch.writeFailed", String.valueOf(error.getMessage()));
        }
        return ProblemText.of(error, i18n);
    }

    private ExportTexts exportTexts() {
        return new ExportTexts() {
            @Override
            public String nameTooLong(int maxFileNameBytes, int maxNameBytes) {
                return i18n.text("batch.nameTooLong", maxFileNameBytes, maxNameBytes);
            }

            @Override
            public String sameName(String otherFile) {
                return i18n.text("batch.sameName", otherFile);
            }

            @Override
            public String noSuchVersion(int version) {
                return i18n.text("batch.noSuchVersion", version);
            }
        };
    }

    private PrintTexts printTexts() {
        return new PrintTexts() {
            @Override
            public String jobName(String client, int version, Language language) {
                return i18n.text("print.version.jobName", client, version, language.tag().toUpperCase(Locale.ROOT));
            }

            @Override
            public String noSignedVersion() {
                return i18n.text("batch.noSignedVersion");
            }

            @Override
            public String notSignedIn(int version, Language language) {
                return i18n.text("batch.notSignedIn", version, i18n.text("language." + language.tag()));
            }
        };
    }

    /** Closed with its window: no batch begins again, and one still running is stopping. */
    boolean isClosed() {
        return closed;
    }

    /** Stops the threads; a file being written stops at its next document and leaves nothing. */
    @Override
    public void close() {
        closed = true;
        cancel();
        workers.shutdown();
        printing.shutdown();
    }

    /**
     * One client file's work, as the progress view shows it: its name, how many of its documents are done. Its own
     * cancel (the progress view's button) stops this file alone at its next document, never by interrupting the
     * thread (a client file being read must not be cut off mid-read).
     */
    static final class FileTask<T> extends Task<FileOutcome<T>> {

        private final BatchRun<T> run;
        private final Path file;
        private final I18n i18n;
        private final AtomicBoolean stop = new AtomicBoolean();

        FileTask(BatchRun<T> run, Path file, I18n i18n) {
            this.run = run;
            this.file = file;
            this.i18n = i18n;
            updateTitle(ClientFileName.displayName(file));
            updateMessage(i18n.text("batch.file.waiting"));
        }

        Path file() {
            return file;
        }

        @Override
        protected FileOutcome<T> call() {
            return run.runOne(file, (done, total) -> {
                updateProgress(done, total);
                updateMessage(i18n.text("batch.file.progress", done, total));
            }, stop::get);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            stop.set(true);
            return true;
        }
    }
}
