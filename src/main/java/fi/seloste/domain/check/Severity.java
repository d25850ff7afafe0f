package fi.seloste.domain.check;

/** How much a finding matters, most serious first. */
public enum Severity {
    /** The notice is not lawful or not complete without it. */
    ERROR,
    /** Likely a problem, or recommended content is missing. */
    WARNING,
    /** A tip. */
    INFO
}
