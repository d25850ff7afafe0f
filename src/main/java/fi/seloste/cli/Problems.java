package fi.seloste.cli;

import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;

/** Why a client file could not be used, in the user's language. */
final class Problems {

    private Problems() {
    }

    static String describe(CliText text, ClientFileException e) {
        return text.get("problem." + e.problem().name(), ClientFileName.displayName(e.path()), e.path().toString());
    }
}
