package fi.seloste.domain;

/** The part a system's vendor plays: processes data for the controller, controls it itself, or only receives it. */
public enum ProcessingRole {
    PROCESSOR,
    SEPARATE_CONTROLLER,
    RECIPIENT
}
