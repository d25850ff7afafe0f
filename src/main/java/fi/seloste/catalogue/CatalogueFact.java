package fi.seloste.catalogue;

/** A fact of a catalogue entry that a source can confirm; while it is unconfirmed the wizard says to check it. */
public enum CatalogueFact {
    VENDOR,
    ROLE,
    STORAGE,
    TRANSFERS,
    PRIVACY_URL
}
