package fi.seloste.domain;

/** A signed-off version and the notice content it froze. */
public record SignedVersion(SignOff signOff, Notice notice) {
}
