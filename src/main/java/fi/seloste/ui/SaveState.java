package fi.seloste.ui;

/** Where the owner's latest edits are: written to the file, on their way, or not written because of a problem. */
public enum SaveState {
    SAVED,
    SAVING,
    FAILED
}
