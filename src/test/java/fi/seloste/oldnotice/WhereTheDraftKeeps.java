package fi.seloste.oldnotice;

import fi.seloste.domain.Cookies;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Security;
import fi.seloste.domain.SystemUse;
import java.util.List;

/**
 * Where the tests look for a draft's systems, security and cookies: the business's (docs/decisions/0021), with the
 * systems those that hold the data of the draft's one register.
 */
public final class WhereTheDraftKeeps {

    private WhereTheDraftKeeps() {
    }

    public static List<SystemUse> systems(Notice draft) {
        return draft.systemsOf(draft.registers().get(0));
    }

    public static Security security(Notice draft) {
        return draft.security();
    }

    public static Cookies cookies(Notice draft) {
        return draft.cookies();
    }
}
