package fi.seloste.clients;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFiles;

/**
 * "New client from this one": the model client's notice and record of processing, written whole into a new client
 * file (or not at all). What belongs to the model client alone is left out: its signed versions and sign-offs, its
 * review date and the notice's own dates, and its Y-tunnus (a business id names one business). The business's
 * name becomes the new client's name. The values the model's owner has not yet checked since they came from her
 * old notice stay marked in the copy (a half-checked draft copied is still half-checked); those she checked are not
 * marked, and neither are the name and Y-tunnus, which the copy does not take.
 */
public final class NewClientFrom {

    private static final Set<PlacedFieldKey.Field> NOT_COPIED = Set.of(PlacedFieldKey.Field.CONTROLLER_NAME,
            PlacedFieldKey.Field.CONTROLLER_BUSINESS_ID);

    private NewClientFrom() {
    }

    /** Writes {@code target}, which must not exist; the model file is only read. */
    public static void write(Path model, Path target, String clientName) throws ClientFileException {
        Notice notice;
        ProcessingRecord record;
        List<FromOldNotice> marks;
        try (ClientFile source = ClientFiles.openToRead(model)) {
            notice = source.load();
            record = source.loadRecord();
            marks = source.loadMarks();
        }
        ClientFiles.importDraft(target, startedFrom(notice, clientName), record, marksCarried(marks));
    }

    /** The model's marks still to check on the values the copy takes. */
    static List<FromOldNotice> marksCarried(List<FromOldNotice> marks) {
        return marks.stream().filter(m -> !NOT_COPIED.contains(m.field().field())).toList();
    }

    static Notice startedFrom(Notice model, String clientName) {
        NoticeSettings s = model.settings();
        NoticeSettings settings = new NoticeSettings(s.languages(), null, s.introduction(), s.rightsInstructions());
        // The business's systems, security and cookies come along as the model has them, merge notes included.
        return model.withController(model.controller().withName(clientName.strip()).withBusinessId(""))
                .withSettings(settings);
    }
}
