package fi.seloste.store;

import static fi.seloste.store.generated.Tables.PROCESSING_RECORD;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.interchange.ProcessingRecordJson;
import fi.seloste.store.generated.tables.records.ProcessingRecordRecord;

import org.jooq.DSLContext;

/** The record of processing's one row: its canonical JSON, or no row for an empty record (as before format 7). */
final class RecordRows {

    private RecordRows() {
    }

    /** The row's JSON as stored, if there is a row. */
    static Optional<String> json(DSLContext tx) {
        return tx.select(PROCESSING_RECORD.CONTENT).from(PROCESSING_RECORD).where(PROCESSING_RECORD.ID.eq(1))
                .fetchOptional(PROCESSING_RECORD.CONTENT);
    }

    static ProcessingRecord read(DSLContext tx) {
        return json(tx).map(json -> ProcessingRecordJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .orElse(ProcessingRecord.EMPTY);
    }

    static void write(DSLContext tx, ProcessingRecord record) {
        if (record.equals(ProcessingRecord.EMPTY)) {
            tx.deleteFrom(PROCESSING_RECORD).execute();
            return;
        }
        ProcessingRecordRecord row = tx.fetchOne(PROCESSING_RECORD, PROCESSING_RECORD.ID.eq(1));
        if (row == null) {
            row = tx.newRecord(PROCESSING_RECORD);
            row.setId(1);
        }
        row.setContent(new String(ProcessingRecordJson.canonicalBytes(record), StandardCharsets.UTF_8));
        row.store();
    }
}
