package fi.seloste.interchange;

import java.util.List;
import java.util.Objects;

import fi.seloste.domain.Notice;
import fi.seloste.domain.SignedVersion;

/** What one interchange file holds: the notice as it is now and every signed-off version, oldest first. */
public record InterchangeDocument(Notice notice, List<SignedVersion> signedVersions) {

    public InterchangeDocument {
        Objects.requireNonNull(notice, "notice");
        signedVersions = List.copyOf(signedVersions);
    }
}
