package fi.seloste.export.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.export.NoticeMeta;

/**
 * The record of processing activities (GDPR Art. 30(1), seloste käsittelytoimista) as a document of its own, built
 * from the domain (the notice and the {@link ProcessingRecord}), never from the notice's outline or text. The
 * controller part (Art. 30(1)(a): controller, contact person, joint controllers, representative, data protection
 * officer, where the published notice is and which version; keys "controller", "contactPerson", "jointControllers",
 * "representative", "dpo", "publishedNotice") and one part per register, each a list of {@link RecordItem}s. Rendered as HTML and PDF by
 * fi.seloste.export.RecordOfProcessing and as a spreadsheet from exactly this model.
 * partColumn and contentColumn are the column headings of the tables; footer is blank when no date is known; draft
 * says the notice has errors in the completeness check.
 */
public record RecordContent(Language language, String title, String description, String intro,
                            String controllerHeading, List<RecordItem> controller, List<RecordRegister> registers,
                            String partColumn, String contentColumn, String footer, boolean draft) {

    public RecordContent {
        Objects.requireNonNull(language, "language");
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        intro = Objects.requireNonNullElse(intro, "");
        controllerHeading = Objects.requireNonNullElse(controllerHeading, "");
        controller = controller == null ? List.of() : List.copyOf(controller);
        registers = registers == null ? List.of() : List.copyOf(registers);
        partColumn = Objects.requireNonNullElse(partColumn, "");
        contentColumn = Objects.requireNonNullElse(contentColumn, "");
        footer = Objects.requireNonNullElse(footer, "");
    }

    /** The record of the notice's registers in the language; record and meta may be null (nothing entered, no date). */
    public static RecordContent of(Notice notice, ProcessingRecord record, Language language, NoticeMeta meta) {
        return new RecordBuilder(notice, record == null ? ProcessingRecord.EMPTY : record, language,
                meta == null ? NoticeMeta.NONE : meta).build();
    }

    /** The controller part's item with the key, if there is one. */
    public Optional<RecordItem> controllerItem(String key) {
        return controller.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
