package fi.seloste.oldnotice;

import fi.seloste.oldnotice.OutdatedStatement.Reason;
import java.util.Optional;
import java.util.regex.Pattern;

/** Statements the law no longer supports, as old notices word them. */
final class OutdatedWordings {

    private static final Pattern PERSONAL_DATA_ACT = Pattern.compile(
            "(?iU)henkilötietola(?:ki|in|issa|kia|ista|ille|ilta)|\\bhetil\\b|523/1999|personuppgiftslag|personal data act");
    private static final Pattern DIRECTIVE = Pattern.compile("(?iU)eu-direktiiv|95/46|tietosuojadirektiiv|henkilötietodirektiiv|dataskyddsdirektiv|data protection directive");
    private static final Pattern ONCE_A_YEAR = Pattern.compile(
            "(?iU)(?:kerran|(?:\\d+|kaksi|kahdesti) kertaa|korkeintaan \\p{L}+ kert\\p{L}*|korkeintaan \\d+ kert\\p{L}*|kahdesti) vuodessa|(?:en gång|\\d+ gånger) (?:per|om|i) år|(?:once|twice|\\d+ times) (?:a|per) year");
    private static final Pattern REQUEST = Pattern.compile("(?iU)pyyn|pyytä|pyydet|tarkast|tarkist|begär|granska|request|access");
    private static final Pattern IN_WRITING = Pattern.compile(
            "(?iU)kirjallise(?:sti|lla)|kirjallinen|allekirjoit|omakätise|skriftlig|undertecknad|in writing|signed");
    private static final Pattern OLD_AUTHORITY = Pattern.compile("(?iU)ratapihantie 9|bangårdsvägen 9|PL 315");

    private OutdatedWordings() {
    }

    static Optional<Reason> reason(String sentence) {
        if (PERSONAL_DATA_ACT.matcher(sentence).find()) {
            return Optional.of(Reason.PERSONAL_DATA_ACT);
        }
        if (DIRECTIVE.matcher(sentence).find()) {
            return Optional.of(Reason.DATA_PROTECTION_DIRECTIVE);
        }
        if (OLD_AUTHORITY.matcher(sentence).find()) {
            return Optional.of(Reason.OLD_AUTHORITY_ADDRESS);
        }
        boolean request = REQUEST.matcher(sentence).find();
        if (request && ONCE_A_YEAR.matcher(sentence).find()) {
            return Optional.of(Reason.ACCESS_REQUEST_LIMIT);
        }
        if (request && IN_WRITING.matcher(sentence).find()) {
            return Optional.of(Reason.WRITTEN_REQUEST_REQUIRED);
        }
        return Optional.empty();
    }
}
