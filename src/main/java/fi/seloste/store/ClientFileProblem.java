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
    /** The disk or the database failed in a way the user did not cause. */
    IO_ERROR
}
