package fi.seloste.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-off version of the notice: who froze which content when. contentSha256 is lower-case hex. The signer's role
 * is written per language, as each language's sign-off block prints it.
 */
public record SignOff(int version, Instant signedAt, String signer, LocalizedText signerRole, String contentSha256) {

    public SignOff {
        if (version < 1) {
            throw new IllegalArgumentException("Sign-off versions start at 1: " + version);
        }
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(signer, "signer");
        signerRole = Objects.requireNonNullElse(signerRole, LocalizedText.EMPTY);
        Objects.requireNonNull(contentSha256, "contentSha256");
    }
}
