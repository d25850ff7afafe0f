package fi.seloste.store;

/** Why a client file could not be opened or created. The UI turns each into a message in the user's language. */
public enum ClientFileProblem {
    /** The file does not exist. */
    NOT_FOUND,
    /** A file of that name exists already (when creating). */
    ALREADY_EXISTS,
    /** Another running Seloste has the file open (H2 file lock). */
    LOCKED,
    /** The file is something else than a Seloste client file. */
    NOT_A_CLIENT_FILE,
    /** The file is a Seloste client file but damaged or truncated. */
    DAMAGED,
    /** The file was written by a newer Seloste with a newer format. */
    NEWER_FORMAT,
    /** The file or its folder cannot be written, so edits could not be saved. */
    READ_ONLY,
    /** Upgrading an older file failed; the original is kept unchanged. */
    UPGRADE_FAILED,
    /** The disk failed: the file could not be read or written (input/output error, disk full, drive gone). */
    IO_ERROR,
    /**
     * The client file cannot hold a value (too long for its column, out of range, not one it allows); nothing was
     * written. {@link RefusedValue#of} says which value.
     */
    VALUE_NOT_STORED,
    /** Something failed inside Seloste that is neither the disk's nor the file's nor a value's; nothing was written. */
    INTERNAL_ERROR
}
