package fi.seloste.oldnotice;

import fi.seloste.domain.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usual wordings of where data comes from (säännönmukaiset tietolähteet). A wording in a denied clause ("ei
 * päivitetä väestötietojärjestelmästä") is no source; a register outside the sources section is one only when the
 * data comes from it ("väestötietojärjestelmästä", "saadaan", "från"), not when it goes to it ("ilmoittaa
 * luottotietorekisteriin"); under the disclosures heading no register is a source.
 */
final class SourceWordings {

    private static final List<Wording> WORDINGS = List.of(
            Wording.of("(?:kerätään|saadaan|saamme|kerää|kerätyt)[^.]{0,60}(?:rekisteröidyiltä|rekisteröidyltä|asiakkaalta|asiakkailta|henkilöltä itseltään|itseltään|sinulta)"
                    + "|(?:rekisteröidyn|asiakkaan) itse (?:antamat|ilmoittamat)|itse antamiin|från den registrerade|av den registrerade själv|av kunden själv|av kunderna själva|från kunden"
                    + "|from the data subject|directly from you|from the customer", SourceKind.DATA_SUBJECT.name()),
            Wording.of("(?:kerätään|saadaan)[^.]{0,60}(?:henkilöstöltä|työntekijöiltä|hoitohenkilöstöltä)"
                            + "|(?:kampaajan|työntekijän|työntekijöiden|henkilökunnan|hoitajan|terapeutin|asiakaspalvelijan) (?:kirjaam\\p{L}*|keräämä\\p{L}*)"
                            + "|från personalen|from (?:our )?staff",
                    SourceKind.STAFF.name()),
            Wording.of("väestötietojärjestelm|väestörekister|digi- ja väestötietoviraston|befolkningsdatasystem|population information system",
                    SourceKind.POPULATION_INFORMATION_SYSTEM.name()),
            Wording.of("(?:saadaan|tarkistetaan|päivitetään|kerätään|haetaan|hämtas|kontrolleras|obtained|checked)[^.]{0,40}(?:kaupparekister|ytj|yritys- ja yhteisötietojärjestelm|handelsregist|trade register)",
                    SourceKind.OTHER_PUBLIC_REGISTER.name()),
            Wording.of("luottotietorekister|luottotiedot tarkist|kreditupplysning|credit information", SourceKind.CREDIT_INFORMATION_REGISTER.name()),
            Wording.of("osoitepalvelu|osoitteenmuutospalvelu|adressuppdater|address update service", SourceKind.ADDRESS_UPDATE_SERVICE.name()),
            Wording.of("yhteistyökumppaneilta|kumppaneiltamme|från (?:våra )?samarbetspartner|from (?:our )?partners", SourceKind.PARTNER.name()));

    /** The registers, which a sentence may name as where data goes as well as where it comes from. */
    private static final Set<String> REGISTERS = Set.of(SourceKind.POPULATION_INFORMATION_SYSTEM.name(),
            SourceKind.OTHER_PUBLIC_REGISTER.name(), SourceKind.CREDIT_INFORMATION_REGISTER.name(), SourceKind.ADDRESS_UPDATE_SERVICE.name());
    private static final Pattern GETTING = Pattern.compile(
            "(?iU)\\b(?:saadaan|saamme|haetaan|haemme|tarkistetaan|tarkistamme|päivitetään|päivitämme|hämtas|kontrolleras|uppdateras|från|from|obtained|checked|updated)\\b");
    private static final Pattern FROM_CASE = Pattern.compile("(?U)\\p{L}*(?:sta|stä|lta|ltä)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?iU)[,;:]|\\s(?=(?:mutta|eikä|men|but)\\s)");

    private SourceWordings() {
    }

    static List<String> sources(String sentence, Set<NoticeSection> sections) {
        boolean underTheHeading = sections.contains(NoticeSection.SOURCES);
        // Under the disclosures a register is where data goes; "saadaan asiakkaalta" says "from" in its own words.
        boolean disclosures = sections.contains(NoticeSection.DISCLOSURES) && !underTheHeading;
        List<String> sources = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(sentence)) {
            if (Wording.negated(clause)) {
                continue;
            }
            for (Wording wording : WORDINGS) {
                if (!wording.in(clause) || sources.contains(wording.value())) {
                    continue;
                }
                if (REGISTERS.contains(wording.value()) && (disclosures || !underTheHeading && !namedAsFrom(wording, clause))) {
                    continue;
                }
                sources.add(wording.value());
            }
        }
        // In the wordings' order, as before.
        return WORDINGS.stream().map(Wording::value).filter(sources::contains).toList();
    }

    private static boolean namedAsFrom(Wording wording, String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        Matcher m = wording.pattern().matcher(lower);
        if (m.find()) {
            int start = m.start();
            while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
                start--;
            }
            int end = m.end();
            while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                end++;
            }
            if (FROM_CASE.matcher(lower.substring(start, end)).matches()) {
                return true;
            }
        }
        return GETTING.matcher(lower).find();
    }
}
