package fi.seloste.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import fi.seloste.store.ClientFileName;

/**
 * How the work on one client file ended: its result; or why it was skipped (left alone on purpose: open in the app's
 * main window, nothing to print) or failed, in the user's language; or cancelled.
 */
public record FileOutcome<T>(Path file, Status status, T result, String reason) {

    public enum Status { DONE, SKIPPED, FAILED, CANCELLED }

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
    }

    public static <T> FileOutcome<T> done(Path file, T result) {
        return new FileOutcome<>(file, Status.DONE, result, null);
    }

    public static <T> FileOutcome<T> skipped(Path file, String reason) {
        return new FileOutcome<>(file, Status.SKIPPED, null, reason);
    }

    public static <T> FileOutcome<T> failed(Path file, String reason) {
        return new FileOutcome<>(file, Status.FAILED, null, reason);
    }

    public static <T> FileOutcome<T> cancelled(Path file) {
        return new FileOutcome<>(file, Status.CANCELLED, null, null);
    }

    /** The client file's name as the overview shows it. */
    public String name() {
        return ClientFileName.displayName(file);
    }

    /** How many of the outcomes have this status. */
    public static long count(List<? extends FileOutcome<?>> outcomes, Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
