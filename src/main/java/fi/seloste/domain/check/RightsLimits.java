package fi.seloste.domain.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences in the owner's rights instructions that limit the rights in advance. Requests and the first copy are
 * free, and only a manifestly unfounded or excessive request may, case by case, be charged for or refused
 * (Art. 12(5), 15(3)): a quota ("korkeintaan 2 kertaa vuodessa") is never lawful, a fee sometimes is.
 */
final class RightsLimits {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private static final Pattern QUOTA = Pattern.compile("(?iu)"
            + "korkeintaan\\s+(?:\\S+\\s+){0,2}(?:kert|kerra|pyyn)"
            + "|enintään\\s+(?:\\S+\\s+){0,2}(?:kert|kerra|pyyn)"
            + "|(?:kertaa|kerran)\\s+(?:vuodessa|vuoden|kuukaudessa|kuussa|vuosittain)"
            + "|högst\\s+(?:\\S+\\s+){0,2}(?:gång|begär)"
            + "|gång(?:er)?\\s+(?:per|om|i)\\s+(?:år|året|månad|månaden)"
            + "|(?:at most|no more than|up to|a maximum of|maximum of)\\s+(?:\\S+\\s+){0,2}(?:times?|requests?)\\b"
            + "|(?:once|twice|times?|requests?)\\s+(?:a|per|each|every)\\s+(?:year|month)\\b");

    /** Fees, but not the word for "free of charge" in any language. */
    private static final Pattern FEE = Pattern.compile("(?iu)"
            + "(?<!ilman )(?<!ei )maksu(?!tt|ton|toin)|maksull|veloit"
            + "|(?<!utan )(?<!ingen )avgift(?!sfri|fri)"
            + "|(?<!no )(?<!without a )(?<!without )\\bfees?\\b|(?<!free of )(?<!in )\\bcharge(?:s|d)?\\b");

    private RightsLimits() {
    }

    static List<String> quotas(String text) {
        return sentences(text).stream().filter(s -> QUOTA.matcher(s).find()).toList();
    }

    /** Sentences that speak of a fee and set no quota (a quota is reported once, as the worse problem). */
    static List<String> fees(String text) {
        return sentences(text).stream().filter(s -> FEE.matcher(s).find() && !QUOTA.matcher(s).find()).toList();
    }

    private static List<String> sentences(String text) {
        return List.of(SENTENCE_END.split(text.strip())).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
