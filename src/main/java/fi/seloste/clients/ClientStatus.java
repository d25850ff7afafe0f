package fi.seloste.clients;

/** Where a client file's notice stands against its sign-offs. */
public enum ClientStatus {
    /** Never signed off. */
    DRAFT,
    /** The notice is exactly what the last sign-off froze. */
    SIGNED,
    /** The notice has changed since the last sign-off. */
    CHANGED
}
