package fi.seloste.oldnotice;

import fi.seloste.domain.TransferSafeguard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The countries outside the EU/EEA a sentence names as where data is transferred, in Finnish case endings
 * ("Yhdysvaltoihin", "Iso-Britanniassa") and in Swedish and English, as ISO codes; and the safeguard it names for the
 * transfer, when it names one. Only countries outside the EU/EEA are listed: a transfer to Norway is no transfer
 * outside the EEA. A country the list does not know is not read.
 */
final class CountryWordings {

    private record Alias(Pattern pattern, String code) {
    }

    private static final List<Alias> COUNTRIES = List.of(
            alias("yhdysval(?:lat|loissa|loista|loihin|toihin|tain|tojen|loille)|usa(?::ssa|:han|:sta|:n|:ssä)?|u\\.s\\.a?\\.?|the us|united states(?: of america)?|förenta staterna", "US"),
            alias("iso-britannia(?:an|ssa|sta|n)?|isoon-britanniaan|britannia(?:an|ssa|sta|n)?|englanti(?:in)?|englannissa|englannista"
                    + "|yhdistyneeseen kuningaskuntaan|yhdistyneessä kuningaskunnassa|united kingdom|the uk|storbritannien|förenade kungariket", "GB"),
            alias("sveitsi(?:in|ssä|stä|n)?|switzerland|schweiz", "CH"),
            alias("kanada(?:an|ssa|sta|n)?|canada", "CA"),
            alias("intia(?:an|ssa|sta|n)?|india|indien", "IN"),
            alias("japani(?:in|ssa|sta|n)?|japan", "JP"),
            alias("australia(?:an|ssa|sta|n)?|australien", "AU"),
            alias("kiina(?:an|ssa|sta|n)?|china|kina", "CN"),
            alias("singapore(?:en|ssa|sta|n)?", "SG"),
            alias("israel(?:iin|issa|ista|in)?", "IL"),
            alias("etelä-korea(?:an|ssa|sta|n)?|south korea|sydkorea", "KR"),
            alias("brasilia(?:an|ssa|sta|n)?|brazil|brasilien", "BR"),
            alias("ukraina(?:an|ssa|sta|n)?|ukraine", "UA"),
            alias("filippiine(?:ille|illä|iltä)|filippiinit|philippines|filippinerna", "PH"));

    private static final List<Alias> SAFEGUARDS = List.of(
            alias("vakiosopimuslause\\p{L}*|mallisopimuslause\\p{L}*|standard contractual clauses|standardavtalsklausul\\p{L}*|\\bscc\\b", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES.name()),
            alias("data privacy framework|tietosuojakehy\\p{L}*|dataskyddsramen|\\bdpf\\b", TransferSafeguard.EU_US_DATA_PRIVACY_FRAMEWORK.name()),
            alias("yritystä koskevi\\p{L}* sitovi\\p{L}* sääntö\\p{L}*|binding corporate rules|bindande företagsbestämmelser", TransferSafeguard.BINDING_CORPORATE_RULES.name()),
            alias("tietosuojan riittäv\\p{L}* tas\\p{L}*|riittävyyspäätö\\p{L}*|adequacy decision|beslut om adekvat", TransferSafeguard.ADEQUACY_DECISION.name()));

    private static final Pattern TRANSFERRED = Pattern.compile(
            "(?iU)siirretään|siirrämme|siirtyy|siirtyvät|voidaan siirtää|sijaitse\\p{L}*|säilytetään|säilyttä\\p{L}*|tallennetaan|käsitellään|käsittele\\p{L}*|luovute\\p{L}*|överförs|överför vi|lagras|behandlas|lämnas ut"
                    + "|(?:is|are|may be|can be) (?:transferred|stored|processed)|we transfer|located");

    private CountryWordings() {
    }

    private static Alias alias(String regex, String code) {
        return new Alias(Pattern.compile("(?iU)(?<![\\p{L}\\d-])(?:" + regex + ")(?![\\p{L}\\d])"), code);
    }

    /** The countries outside the EU/EEA a sentence says data goes to or is kept in; none in a denial. */
    static List<String> countries(String sentence) {
        if (Wording.negated(sentence) || !TRANSFERRED.matcher(sentence).find()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (Alias alias : COUNTRIES) {
            if (alias.pattern().matcher(sentence).find() && !codes.contains(alias.code())) {
                codes.add(alias.code());
            }
        }
        return codes;
    }

    /** The one safeguard the sentence names for its transfers; empty when it names none or several. */
    static Optional<String> safeguard(String sentence) {
        List<String> named = SAFEGUARDS.stream().filter(a -> a.pattern().matcher(sentence).find()).map(Alias::code).distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
