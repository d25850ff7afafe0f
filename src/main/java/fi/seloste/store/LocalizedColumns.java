package fi.seloste.store;

import fi.seloste.domain.LocalizedText;

import org.jooq.Field;
import org.jooq.Record;

/** The three columns (_fi, _sv, _en) that hold one piece of the owner's prose. */
record LocalizedColumns(Field<String> fi, Field<String> sv, Field<String> en) {

    LocalizedText read(Record row) {
        return new LocalizedText(row.get(fi), row.get(sv), row.get(en));
    }

    void write(Record row, LocalizedText text) {
        row.set(fi, text.fi());
        row.set(sv, text.sv());
        row.set(en, text.en());
    }
}
