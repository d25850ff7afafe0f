package fi.seloste.store;

import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;

/** A signed-off version and the notice content it froze. */
public record SignedVersion(SignOff signOff, Notice notice) {
}
