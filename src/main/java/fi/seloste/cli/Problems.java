package fi.seloste.cli;

import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.RefusedValue;

/** Why a client file could not be used, in the user's language. */
final class Problems {

    private Problems() {
    }

    static String describe(CliText text, ClientFileException e) {
        RefusedValue refused = RefusedValue.of(e).orElse(new RefusedValue("notice", RefusedValue.Reason.NOT_ALLOWED));
        return text.get("problem." + e.problem().name(), ClientFileName.displayName(e.path()), e.path().toString(),
                refused.where(), text.get("refused." + refused.reason().name()));
    }
}
