package fi.seloste.ui.oldnotice;

import java.nio.file.Path;

import fi.seloste.oldnotice.OldNoticeReading;
import fi.seloste.ui.ClientSession;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What could not be placed from the old notice a client file was just made of, for the list beside its wizard.
 * Kept for the session that opened the file, while Seloste runs: it is not saved in the file, so it is gone after
 * a restart, and once the owner closes the list.
 */
public final class OldNoticeLeftovers {

    /** The client file's session, and what was read into it. */
    public record Shown(ClientSession session, OldNoticeReading reading) {
    }

    private ImportedOldNotice expected;
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();

    /** The file is about to be opened: its session gets the list. */
    public void expect(ImportedOldNotice imported) {
        expected = imported;
    }

    /**
     * A client file was opened: if it is the one just made of an old notice, or the one whose list is kept (opened
     * again after another), its list is the one shown. The kept session's path follows a rename.
     */
    public void opened(ClientSession session) {
        Shown kept = shown.get();
        if (expected != null && sameFile(expected.file(), session.path())) {
            shown.set(new Shown(session, expected.reading()));
            expected = null;
        } else if (kept != null && kept.session() != session && sameFile(kept.session().path(), session.path())) {
            shown.set(new Shown(session, kept.reading()));
        }
    }

    public ReadOnlyObjectProperty<Shown> shown() {
        return shown;
    }

    /** What to list beside this session's wizard, or null. */
    public OldNoticeReading of(ClientSession session) {
        Shown now = shown.get();
        return now != null && now.session() == session ? now.reading() : null;
    }

    /** The owner closed the list. */
    public void dismiss() {
        shown.set(null);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
