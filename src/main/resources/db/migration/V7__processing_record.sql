-- Format 7.
-- The internal record of processing (GDPR Art. 30) beside the notice: what only the record holds (the person
-- responsible, locations, data flows, processor agreements, a risk note…), as the canonical JSON of
-- fi.seloste.domain.record.ProcessingRecord in one row. It is never part of a signed notice. A file without the row
-- has an empty record; the file's checksum (table integrity) covers the row whenever it exists.
create table processing_record (
    id      int primary key check (id = 1),
    content character large object not null
);
