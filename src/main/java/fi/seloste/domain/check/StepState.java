package fi.seloste.domain.check;

/** How far one wizard step is, as its mark in the list of steps shows it. */
public enum StepState {
    /** Nothing in the step has been answered yet; any finding waits until it is. */
    NOT_STARTED,
    COMPLETE,
    WARNING,
    ERROR
}
