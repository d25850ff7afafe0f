package fi.seloste.ui.oldnotice;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import fi.seloste.domain.Notice;
import fi.seloste.oldnotice.DraftFromOldNotice;
import fi.seloste.oldnotice.MarksFromOldNotice;
import fi.seloste.oldnotice.OldNoticeReading;
import fi.seloste.oldnotice.OldNoticeRecogniser;
import fi.seloste.oldnotice.OldNoticeText;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.store.ImportLeftovers;
import fi.seloste.ui.Background;

/**
 * Reads an old notice into a draft and writes the draft as a new client file, both on the disk thread; the outcome
 * comes back on the FX thread. The old file is only read; the client file is written whole or not at all, never
 * over an existing one.
 */
public final class OldNoticeImport {

    /** What was read, and the draft notice made of it. */
    public record Read(OldNoticeReading reading, Notice draft) {
    }

    private final Background background;

    public OldNoticeImport(Background background) {
        this.background = background;
    }

    public void readFile(Path file, Consumer<Read> whenRead, Consumer<Throwable> whenRefused) {
        read(() -> OldNoticeText.read(file), whenRead, whenRefused);
    }

    public void readPasted(String text, Consumer<Read> whenRead, Consumer<Throwable> whenRefused) {
        read(() -> OldNoticeText.pasted(text), whenRead, whenRefused);
    }

    private void read(Callable<String> text, Consumer<Read> whenRead, Consumer<Throwable> whenRefused) {
        background.call(() -> {
            OldNoticeReading reading = OldNoticeRecogniser.read(text.call());
            return new Read(reading, DraftFromOldNotice.draft(reading));
        }).onSuccess(whenRead).onFailure(whenRefused).start();
    }

    /**
     * Writes the draft as this new client file, with every value taken from the old notice marked to check, in one
     * transaction; hands back the file written.
     */
    public void write(Path target, Read read, Consumer<Path> whenWritten, Consumer<Throwable> whenFailed) {
        background.call(() -> {
            Path file = ClientFileName.withExtension(target).toAbsolutePath();
            ImportLeftovers.removeAbandoned(file.getParent());
            ClientFiles.importDraft(file, read.draft(), MarksFromOldNotice.of(read.reading(), read.draft()));
            return file;
        }).onSuccess(whenWritten).onFailure(whenFailed).start();
    }
}
