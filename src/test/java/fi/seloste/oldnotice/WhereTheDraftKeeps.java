package fi.seloste.oldnotice;

import fi.seloste.domain.Cookies;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Security;
import fi.seloste.domain.SystemUse;
import java.util.List;

/**
 * Where the tests look for a draft's systems, security and cookies: today on its register. When they move up to the
 * notice, this class changes with DraftFromOldNotice.placeSystemsSecurityAndCookies, and the tests stay as they are.
 */
public final class WhereTheDraftKeeps {

    private WhereTheDraftKeeps() {
    }

    public static List<SystemUse> systems(Notice draft) {
        return draft.registers().get(0).systems();
    }

    public static Security security(Notice draft) {
        return draft.registers().get(0).security();
    }

    public static Cookies cookies(Notice draft) {
        return draft.registers().get(0).cookies();
    }
}
