package fi.seloste.oldnotice;

import fi.seloste.oldnotice.OutdatedStatement.Reason;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Statements the law no longer supports, as old notices word them. Each pattern names the old thing itself (the
 * repealed act, the repealed directive, the old address, a limit or a demand on a request), so that a lawful
 * sentence near it ("henkilötietolainsäädäntö", the ePrivacy Directive, "voit lähettää pyynnön kirjallisesti") keeps
 * its facts.
 */
final class OutdatedWordings {

    private static final Pattern PERSONAL_DATA_ACT = Pattern.compile(
            "(?iU)henkilötietola(?:ki|in(?!säädän)|issa|kia|ista|ille|ilta)|\\bhetil\\b|523/1999|personuppgiftslag(?:en|ens)?\\b(?!stiftning)|personal data act");
    /** Directive 95/46/EC; not the ePrivacy Directive 2002/58/EC, "sähköisen viestinnän tietosuojadirektiivi", in force. */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?iU)95/46|(?<!sähköisen viestinnän )tietosuojadirektiiv|henkilötietodirektiiv|dataskyddsdirektiv|data protection directive");
    private static final Pattern E_PRIVACY = Pattern.compile("(?iU)2002/58");

    /** The person's right of access, not any checking ("tarkistetaan väestötietojärjestelmästä kerran vuodessa"). */
    private static final Pattern ACCESS = Pattern.compile(
            "(?iU)tarkastusoike|tarkastuspyyn|oikeus (?:saada )?(?:tarkastaa|tarkistaa)|pääsy(?:ä)? (?:\\p{L}+ )?tietoihin|insyn|rätt(?:en)? (?:att granska|till tillgång)|right of access|access request|request access"
                    + "|(?:pyytää|pyydetä|pyydettävissä|saada|begära|request)[^.]{0,30}(?:tiedo|tietoj|uppgifter|your data|personal data)"
                    + "|(?:tiedo\\p{L}*|tietoj\\p{L}*|lista\\p{L}*|kopio\\p{L}*|uppgifter\\p{L}*|data|information)[^.]{0,30}(?:pyytää|pyydetä|begäras|be requested)");
    private static final Pattern LIMIT = Pattern.compile(
            "(?iU)(?:kerran|(?:\\d+|kaksi|kahdesti) kertaa|korkeintaan \\p{L}+ kert\\p{L}*|korkeintaan \\d+ kert\\p{L}*|kahdesti) (?:vuodessa|kalenterivuodessa)"
                    + "|(?:en gång|\\d+ gånger) (?:per|om|i) (?:år|kalenderår)|(?:once|twice|\\d+ times) (?:a|per) (?:calendar )?year"
                    + "|vähintään vuo(?:si|den)|vuoden välein|once every (?:12 months|year)");
    /** A fee for access; not "maksutta", and not the fee the GDPR allows (further copies, excessive requests). */
    private static final Pattern FEE = Pattern.compile(
            "(?iU)maksu(?!to|tta)|\\d+\\s*(?:euro|€)|\\beuro(?:n|a)?\\b|€|avgift(?!sfri)|\\bfee\\b|\\bcharge\\b");
    private static final Pattern ALLOWED_FEE = Pattern.compile(
            "(?iU)lisäjäljenn|lisäkopi|ytterligare kopi|further cop|additional cop|kohtuullinen maksu|rimlig avgift|reasonable fee|perusteettom|kohtuuttom|ogrundade|orimliga|manifestly unfounded|excessive"
                    + "|free of charge|without charge|no charge|no fee|ilmai|kostnadsfri|avgiftsfri");

    /** A request for this check: a request named as such, not a word like "access" or "tarkistaa". */
    private static final Pattern REQUEST = Pattern.compile("(?iU)pyyn|pyytä|pyydet|tarkastusoike|tarkastuspyyn|begär|request");
    private static final Pattern IN_WRITING = Pattern.compile(
            "(?iU)kirjallise(?:sti|lla)|kirjallinen|allekirjoit|omakätise|skriftlig|undertecknad|in writing|signed");
    private static final Pattern IN_PERSON_ONLY = Pattern.compile(
            "(?iU)(?:vain|ainoastaan) henkilökohtaisesti|(?:endast|bara) personligen|only in person");
    /** A demand ("on tehtävä", "tulee lähettää", "only in writing"), not an offer ("voit lähettää kirjallisesti"). */
    private static final Pattern DEMAND = Pattern.compile(
            "(?iU)\\b(?:tulee|pitää|täytyy) (?:\\p{L}+ )?(?:tehdä|esittää|lähettää|toimittaa|osoittaa)\\b|\\bon (?:\\p{L}+ )?(?:tehtävä|esitettävä|lähetettävä|toimitettava|osoitettava)\\b"
                    + "|(?:vain|ainoastaan) kirjallise|\\bska (?:\\p{L}+ )?(?:göras|lämnas|skickas)\\b|\\bmåste\\b|\\bmust be\\b|\\bshall be\\b|only in writing|endast skriftlig");

    /** The Ombudsman's old addresses; PL 315 only beside the Ombudsman or 00181, since it is a PO box number many have. */
    private static final Pattern OLD_AUTHORITY = Pattern.compile(
            "(?iU)ratapihantie 9|bangårdsvägen 9|albertinkatu 25|albertsgatan 25|\\b00521\\b");
    private static final Pattern PO_BOX_315 = Pattern.compile("(?iU)\\b(?:PL|PB|P\\.?O\\.? ?Box) 315\\b");
    private static final Pattern OMBUDSMAN = Pattern.compile("(?iU)\\b00181\\b|tietosuojavaltuut|dataombudsman|ombudsman");

    private OutdatedWordings() {
    }

    /** The reason the sentence, in its paragraph, is outdated, if it is. */
    static Optional<Reason> reason(String sentence, String paragraph) {
        if (PERSONAL_DATA_ACT.matcher(sentence).find()) {
            return Optional.of(Reason.PERSONAL_DATA_ACT);
        }
        if (DIRECTIVE.matcher(sentence).find() && !E_PRIVACY.matcher(sentence).find()) {
            return Optional.of(Reason.DATA_PROTECTION_DIRECTIVE);
        }
        if (OLD_AUTHORITY.matcher(sentence).find()
                || PO_BOX_315.matcher(sentence).find() && OMBUDSMAN.matcher(paragraph).find()) {
            return Optional.of(Reason.OLD_AUTHORITY_ADDRESS);
        }
        boolean access = ACCESS.matcher(sentence).find();
        if (access && (LIMIT.matcher(sentence).find() || FEE.matcher(sentence).find() && !ALLOWED_FEE.matcher(sentence).find())) {
            return Optional.of(Reason.ACCESS_REQUEST_LIMIT);
        }
        boolean request = REQUEST.matcher(sentence).find();
        if (request && (IN_WRITING.matcher(sentence).find() && DEMAND.matcher(sentence).find() || IN_PERSON_ONLY.matcher(sentence).find())) {
            return Optional.of(Reason.WRITTEN_REQUEST_REQUIRED);
        }
        return Optional.empty();
    }
}
