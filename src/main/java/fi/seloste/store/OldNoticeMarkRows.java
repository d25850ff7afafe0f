package fi.seloste.store;

import static fi.seloste.store.generated.Tables.OLD_NOTICE_MARK;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.store.generated.tables.records.OldNoticeMarkRecord;

import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The values taken from an old notice that the owner has not yet checked (format 11), in the order they were placed.
 * A row whose field this Seloste does not know (written by a newer one in a file of the same format) is left in the
 * file and not shown.
 */
final class OldNoticeMarkRows {

    private static final Logger LOG = Logger.getLogger(OldNoticeMarkRows.class.getName());

    private OldNoticeMarkRows() {
    }

    static List<FromOldNotice> read(DSLContext tx) {
        List<FromOldNotice> marks = new ArrayList<>();
        for (OldNoticeMarkRecord row : tx.selectFrom(OLD_NOTICE_MARK).orderBy(OLD_NOTICE_MARK.POSITION).fetch()) {
            PlacedFieldKey.Field field;
            try {
                field = PlacedFieldKey.Field.valueOf(row.getField());
            } catch (IllegalArgumentException e) {
                LOG.fine(() -> "A mark on a field this Seloste does not know: " + row.getField());
                continue;
            }
            if (field.perRegister() != (row.getRegisterId() != null)) {
                LOG.fine(() -> "A mark on " + field + " with a register id that does not fit it");
                continue;
            }
            marks.add(new FromOldNotice(new PlacedFieldKey(field, row.getRegisterId(), row.getItem()),
                    row.getPlacedValue(), row.getSentence()));
        }
        return marks;
    }

    /** Adds the marks after those there are. */
    static void add(DSLContext tx, List<FromOldNotice> marks) {
        Long last = tx.select(org.jooq.impl.DSL.max(OLD_NOTICE_MARK.POSITION)).from(OLD_NOTICE_MARK).fetchOne().value1();
        long position = last == null ? 0 : last + 1;
        for (FromOldNotice mark : marks) {
            OldNoticeMarkRecord row = tx.newRecord(OLD_NOTICE_MARK);
            row.setPosition(position++);
            row.setField(mark.field().field().name());
            row.setRegisterId(mark.field().registerId());
            row.setItem(mark.field().item());
            row.setPlacedValue(mark.value());
            row.setSentence(mark.sentence());
            row.insert();
        }
    }

    /** The owner checked the field: every mark on it goes. */
    static void confirm(DSLContext tx, PlacedFieldKey field) {
        tx.deleteFrom(OLD_NOTICE_MARK).where(on(field)).execute();
    }

    private static Condition on(PlacedFieldKey field) {
        Condition register = field.registerId() == null ? OLD_NOTICE_MARK.REGISTER_ID.isNull()
                : OLD_NOTICE_MARK.REGISTER_ID.eq(field.registerId());
        return OLD_NOTICE_MARK.FIELD.eq(field.field().name()).and(register).and(OLD_NOTICE_MARK.ITEM.eq(field.item()));
    }

    /**
     * Every row field by field, for the file's checksum; empty when there is none, so that a file without marks keeps
     * the checksum it had in format 10.
     */
    static Optional<List<String>> checksummed(DSLContext tx) {
        List<String> fields = new ArrayList<>();
        for (OldNoticeMarkRecord row : tx.selectFrom(OLD_NOTICE_MARK).orderBy(OLD_NOTICE_MARK.POSITION).fetch()) {
            fields.add(Long.toString(row.getPosition()));
            fields.add(row.getField());
            fields.add(row.getRegisterId() == null ? "" : Long.toString(row.getRegisterId()));
            fields.add(row.getItem());
            fields.add(row.getPlacedValue());
            fields.add(row.getSentence());
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(fields);
    }
}
