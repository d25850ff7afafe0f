package fi.seloste.interchange;

import java.util.List;
import java.util.Objects;

import fi.seloste.domain.Notice;
import fi.seloste.domain.SignedVersion;
import fi.seloste.domain.record.ProcessingRecord;

/**
 * What one interchange file holds: the notice as it is now, every signed-off version, oldest first, and the record
 * of processing kept beside the notice (empty when the file has none).
 */
public record InterchangeDocument(Notice notice, List<SignedVersion> signedVersions, ProcessingRecord record) {

    public InterchangeDocument {
        Objects.requireNonNull(notice, "notice");
        signedVersions = List.copyOf(signedVersions);
        record = Objects.requireNonNullElse(record, ProcessingRecord.EMPTY);
    }

    public InterchangeDocument(Notice notice, List<SignedVersion> signedVersions) {
        this(notice, signedVersions, ProcessingRecord.EMPTY);
    }
}
