package fi.seloste.store;

import static fi.seloste.store.generated.Tables.SYSTEM_PLACE_BEFORE_V10;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.Notice;
import fi.seloste.domain.record.AgreementsAfterSharing;
import fi.seloste.domain.record.ProcessingRecord;

import org.jooq.DSLContext;

/**
 * The record of processing's agreements after migration V10 made the registers' systems the business's: each moves
 * to where its system now stands among the register's systems ({@link AgreementsAfterSharing}), by what V10 kept
 * in system_place_before_v10, which is then emptied. Done once, on the first open after the upgrade.
 */
final class RecordAfterUpgrade {

    private RecordAfterUpgrade() {
    }

    static void follow(DSLContext tx, Notice notice) {
        Map<Long, List<String>> keysBefore = new LinkedHashMap<>();
        tx.selectFrom(SYSTEM_PLACE_BEFORE_V10)
                .orderBy(SYSTEM_PLACE_BEFORE_V10.REGISTER_ID, SYSTEM_PLACE_BEFORE_V10.POSITION)
                .forEach(row -> keysBefore.computeIfAbsent(row.getRegisterId(), id -> new ArrayList<>()).add(row.getSystemKey()));
        if (keysBefore.isEmpty()) {
            return;
        }
        ProcessingRecord record = RecordRows.read(tx);
        ProcessingRecord followed = AgreementsAfterSharing.follow(record, notice, keysBefore);
        if (!followed.equals(record)) {
            RecordRows.write(tx, followed);
        }
        tx.deleteFrom(SYSTEM_PLACE_BEFORE_V10).execute();
    }
}
