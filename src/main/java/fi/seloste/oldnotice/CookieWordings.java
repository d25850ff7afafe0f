package fi.seloste.oldnotice;

import fi.seloste.domain.CookieCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cookies a notice names by their names ("_ga", "PHPSESSID", "hubspotutk"), in its cookie section or in a sentence
 * about cookies, and what the same sentence or table row says of them: a category it names for all of them, and a
 * lifetime when the row names one cookie and one lifetime. Who sets a cookie and what it is for are not guessed from
 * its name: the owner writes them.
 */
final class CookieWordings {

    private static final Pattern ABOUT_COOKIES = Pattern.compile("(?iU)eväste|cookie|kakor|kakan|kaka\\b");
    /** Names seen in Finnish notices' cookie tables, and any name with an underscore in it. */
    private static final Pattern NAME = Pattern.compile(
            "(?U)(?<![\\p{L}\\d_.@/-])(_{1,2}[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)?|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"
                    + "|PHPSESSID|JSESSIONID|ASP\\.NET_SessionId|XSRF-TOKEN|hubspotutk|CookieConsent|cookieyes-consent"
                    + "|wp-settings(?:-time)?-\\d+|cookielawinfo-[a-z0-9-]+|bcookie|lidc|MUID|test_cookie)(?![\\p{L}\\d_@/-])");
    private static final List<Wording> CATEGORIES = List.of(
            Wording.of("välttämät|tarpeellis|nödvändig|necessary|essential", CookieCategory.NECESSARY.name()),
            Wording.of("analytiikka|analytii|tilastoin|kävijäseuran|analys|statistik|analytics|statistics", CookieCategory.ANALYTICS.name()),
            Wording.of("markkinoin|mainon|kohdenn|marknadsför|reklam|marketing|advertising|targeting", CookieCategory.MARKETING.name()),
            Wording.of("toiminnalli|asetus|mieltymys|preferens|inställning|preferences|functional", CookieCategory.PREFERENCES.name()));
    private static final Pattern LIFETIME = Pattern.compile(
            "(?iU)\\b\\d{1,3}\\s*(?:vuo(?:si|tta|den)|kuukau(?:si|tta|den)|kk|päivä(?:ä|n)?|vrk|tunti(?:a)?|minuutti(?:a)?|år|månad(?:er)?|dag(?:ar)?|timm(?:e|ar)"
                    + "|years?|months?|days?|hours?|minutes?)\\b|\\bistunnon (?:ajan|päättyessä|loppuun)|\\bistunto\\b|\\bsessionen\\b|\\bsession\\b");

    private CookieWordings() {
    }

    /** The cookie names in the sentence, each once, when it is about cookies. */
    static List<String> names(String sentence, boolean cookieSection) {
        if (!cookieSection && !ABOUT_COOKIES.matcher(sentence).find() || Wording.negated(sentence)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            String name = m.group(1);
            if (!names.contains(name) && !name.contains("@")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The one category the sentence names for its cookies; empty when it names none or several. */
    static Optional<String> category(String sentence) {
        List<String> named = Wording.values(CATEGORIES, sentence);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The one lifetime the sentence gives, in its words; empty when none or several. */
    static Optional<String> lifetime(String sentence) {
        List<String> found = LIFETIME.matcher(sentence).results().map(r -> r.group().strip()).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
