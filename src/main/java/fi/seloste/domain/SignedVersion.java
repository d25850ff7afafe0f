package fi.seloste.domain;

import java.util.Objects;

/**
 * A signed-off version: who froze which content when. signedJson is the notice exactly as it was signed (the bytes
 * its fingerprint is taken over, UTF-8), in JSON form contentFormat; notice is that content read into today's
 * records, so that a version signed by an older Seloste still reads, while its bytes and fingerprint stay as signed.
 */
public record SignedVersion(SignOff signOff, Notice notice, String signedJson, int contentFormat) {

    public SignedVersion {
        Objects.requireNonNull(signOff, "signOff");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(signedJson, "signedJson");
        if (contentFormat < 1) {
            throw new IllegalArgumentException("Content formats start at 1: " + contentFormat);
        }
    }
}
