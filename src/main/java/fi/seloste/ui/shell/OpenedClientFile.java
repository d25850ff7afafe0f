package fi.seloste.ui.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.export.NoticeOutline;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;

/** A client file opened and read from disk, ready for its window: what the wizard shows first. */
public record OpenedClientFile(ClientFile file, Notice notice, ProcessingRecord record, List<FromOldNotice> marks) {

    /** Opens the file (on the calling thread, never the FX thread) and reads what its wizard shows. */
    public static OpenedClientFile read(Callable<ClientFile> opening) throws Exception {
        ClientFile file = opening.call();
        try {
            Notice notice = file.load();
            ProcessingRecord record = file.loadRecord();
            List<FromOldNotice> marks = file.loadMarks();
            warmUpCatalogues();
            warmUpWizard(notice);
            return new OpenedClientFile(file, notice, record, marks);
        } catch (ClientFileException e) {
            file.close();
            throw e;
        }
    }

    /**
     * The wizard's first view runs the completeness check (its marks) and lays out the notice (its preview) on the
     * FX thread. Their first run also initialises their classes and compiles their patterns, some 50-100 ms cold:
     * that first run happens here, on the thread that reads the file, so that the FX thread's is a warm one.
     */
    private static void warmUpWizard(Notice notice) {
        new CompletenessCheck().check(notice, LocalDate.now());
        NoticeOutline.of(notice, Language.FI);
    }

    /** The wizard's steps read the catalogues (JSON on the class path): read them here, off the FX thread. */
    private static void warmUpCatalogues() {
        Catalogues.authority();
        Catalogues.templates();
        Catalogues.systems();
    }
}
