package fi.seloste.clients;

import java.nio.file.Path;
import java.util.List;

import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFiles;

/**
 * "New client from this one": the model client's notice and record of processing, written whole into a new client
 * file (or not at all). What belongs to the model client alone is left out: its signed versions and sign-offs, its
 * review date and the notice's own dates, and its Y-tunnus (a business id names one business). The business's
 * name becomes the new client's name.
 */
public final class NewClientFrom {

    private NewClientFrom() {
    }

    /** Writes {@code target}, which must not exist; the model file is only read. */
    public static void write(Path model, Path target, String clientName) throws ClientFileException {
        Notice notice;
        ProcessingRecord record;
        try (ClientFile source = ClientFiles.openToRead(model)) {
            notice = source.load();
            record = source.loadRecord();
        }
        ClientFiles.importInto(target, startedFrom(notice, clientName), record, List.of(), false);
    }

    static Notice startedFrom(Notice model, String clientName) {
        NoticeSettings s = model.settings();
        NoticeSettings settings = new NoticeSettings(s.languages(), null, s.introduction(), s.rightsInstructions());
        // The business's systems, security and cookies come along as the model has them, merge notes included.
        return model.withController(model.controller().withName(clientName.strip()).withBusinessId(""))
                .withSettings(settings);
    }
}
