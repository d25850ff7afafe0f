package fi.seloste.oldnotice;

import fi.seloste.domain.RecipientKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who receives the data (tietojen säännönmukaiset luovutukset, vastaanottajat, mottagare, recipients): the usual
 * authorities and parties by their names in any case ending ("Kelalle", "Verohallinnolle", "tilitoimistollemme"), and
 * a business named with its company form ("Tilipalvelu Virtanen Oy:lle"). A name is a recipient only where the
 * sentence discloses data to it (a verb of disclosing, not denied, or a bare list under the disclosures heading);
 * "Tietoja ei luovuteta muille kuin Verohallinnolle" names Verohallinto, a sentence naming Kela in passing names none.
 * A name the catalogue knows as a system (Ajas Oy, Upcloud Oy) is left to the catalogue.
 */
final class RecipientWordings {

    /** A name in the text, its usual name as the recipient, and where in the sentence it stood. */
    record Name(String name, int start, int end, boolean company) {
    }

    private record Alias(Pattern pattern, String name) {
    }

    private static final List<Alias> KNOWN = List.of(
            alias("kela(?:n|lle|lta|an|ssa)?|kansaneläkelaitok(?:selle|sen|selta)|kansaneläkelaitos", "Kela"),
            alias("fpa|folkpensionsanstalten", "FPA"),
            alias("social insurance institution(?: of finland)?", "Kela"),
            alias("verohallin(?:to|non|nolle|nolta|nossa)|verottaja(?:lle|n|lta)?", "Verohallinto"),
            alias("skatteförvaltningen|skatteverket", "Skatteförvaltningen"),
            alias("(?:the )?(?:finnish )?tax administration|(?:the )?tax authorit(?:y|ies)", "Tax Administration"),
            alias("(?:työ)?eläkevakuutusyhtiö(?:lle|llemme|mme|n|ille)?|työeläkeyhtiö(?:lle|llemme|mme|n|ille)?", "työeläkevakuutusyhtiö"),
            alias("vakuutusyhtiö(?:lle|ille|llemme|mme|n|iden)?", "vakuutusyhtiö"),
            alias("försäkringsbolag(?:et|en)?", "försäkringsbolag"),
            alias("insurance compan(?:y|ies)", "insurance company"),
            alias("tilitoimisto(?:lle|llemme|mme|n|lta)?|kirjanpitäjä(?:lle|llemme|mme|n)?", "tilitoimisto"),
            alias("bokföringsbyrå(?:n|er)?|revisionsbyrå(?:n)?", "bokföringsbyrå"),
            alias("accounting firm|(?:our )?accountants?", "accounting firm"),
            alias("perintätoimisto(?:lle|llemme|mme|n|ihin)?|perintäyhtiö(?:lle|n)?", "perintätoimisto"),
            alias("inkassobyrå(?:n|er)?", "inkassobyrå"),
            alias("debt collection agenc(?:y|ies)", "debt collection agency"),
            alias("viranomaisille|viranomaiselle", "viranomaiset"),
            alias("myndigheter(?:na)?", "myndigheter"),
            alias("(?:the )?authorities", "authorities"));

    /** A business with its company form; the words before it written with capitals, as a name is. */
    private static final Pattern COMPANY = Pattern.compile(
            "(?U)((?:\\p{Lu}[\\p{L}\\d&.'-]*\\s+){1,4}(?:Oyj|Oy|Ab|Abp|Ltd|Inc|LLC|GmbH|AS|ApS|Ky|Tmi|Ay))(?![\\p{L}\\d])(?::\\p{L}+)?");
    private static final Pattern DISCLOSING = Pattern.compile(
            "(?iU)\\bluovut\\p{L}*|\\bvastaanottaj\\p{L}*|\\blämna\\p{L}* ut\\b|\\butlämna\\p{L}*|\\bmottagar\\p{L}*|\\bdisclos\\p{L}*"
                    + "|\\bshared? with\\b|\\brecipients?\\b|\\bpassed on to\\b");
    private static final Pattern TRANSFERRING = Pattern.compile(
            "(?iU)\\bsiirretään\\b|\\bsiirrämme\\b|\\bvoidaan siirtää\\b|\\böverförs\\b|\\böverför vi\\b|\\b(?:is|are|may be) transferred\\b|\\bwe transfer\\b");
    /** "Muille kuin Verohallinnolle": the negation keeps out everyone but the names after it. */
    private static final Pattern ONLY = Pattern.compile(
            "(?iU)\\bmuille kuin\\b|\\bpaitsi\\b|\\blukuun ottamatta\\b|\\bmuutoin kuin\\b|\\bandra än\\b|\\butom\\b|\\bförutom\\b|\\bother than\\b|\\bexcept(?: to)?\\b|\\bapart from\\b");
    private static final Pattern LIST_JOINERS = Pattern.compile("(?iU)[\\s,;:.()•*–-]+|\\b(?:ja|sekä|och|samt|and|esim\\.?|esimerkiksi|kuten|mm\\.?|such as)\\b");
    private static final Pattern LAW = Pattern.compile(
            "(?iU)\\blai\\p{L}*\\b|\\blaki\\p{L}*|lakisääteis|lainsäädännö|säädett|velvoittamana|\\blag(?:en|stadg\\p{L}*)?\\b|\\benligt lag\\b|\\bby law\\b|\\brequired by law\\b|\\bstatutory\\b|\\blegal obligation");
    private static final Pattern ON_REQUEST = Pattern.compile("(?iU)pyynnöstä|pyynnön|pyytäessä|begäran|on (?:their |its )?request|upon request");
    private static final Pattern IF_SOLD = Pattern.compile("(?iU)yrityskaup|liiketoimintakaup|fuusio|myydään|företagsförvärv|försäljning av|sale of the business|merger|acquisition");

    private RecipientWordings() {
    }

    private static Alias alias(String regex, String name) {
        return new Alias(Pattern.compile("(?iU)(?<![\\p{L}\\d-])(?:" + regex + ")(?![\\p{L}\\d])"), name);
    }

    /**
     * The recipients the sentence discloses data to, each once, in the sentence's order: none when the sentence has
     * no disclosing in it (outside the disclosures heading), or denies it without naming who is let in.
     */
    static List<Name> recipients(String sentence, boolean disclosuresSection) {
        boolean verb = DISCLOSING.matcher(sentence).find() || disclosuresSection && TRANSFERRING.matcher(sentence).find();
        List<Name> names = names(sentence);
        if (names.isEmpty()) {
            return List.of();
        }
        if (!verb && !(disclosuresSection && bareList(sentence, names))) {
            return List.of();
        }
        if (Wording.negated(sentence)) {
            Matcher only = ONLY.matcher(sentence);
            if (!only.find()) {
                return List.of();
            }
            int from = only.end();
            names = names.stream().filter(n -> n.start() >= from).toList();
        }
        return names;
    }

    /** The kind the sentence gives the disclosure: on request, by law, if the business is sold, or regular. */
    static RecipientKind kind(String sentence) {
        if (ON_REQUEST.matcher(sentence).find()) {
            return RecipientKind.OCCASIONAL;
        }
        if (IF_SOLD.matcher(sentence).find()) {
            return RecipientKind.CONDITIONAL;
        }
        return LAW.matcher(sentence).find() ? RecipientKind.STATUTORY : RecipientKind.REGULAR;
    }

    /** Every name the sentence holds, known or with a company form, not overlapping, in order. */
    static List<Name> names(String sentence) {
        List<Name> found = new ArrayList<>();
        Matcher company = COMPANY.matcher(sentence);
        while (company.find()) {
            String name = trimLeadingWords(company.group(1).strip());
            int start = company.end(1) - name.length();
            if (!CatalogueMentions.systems(name).isEmpty()) {
                found.add(new Name("", start, company.end(), true));
                continue;
            }
            found.add(new Name(name, start, company.end(), true));
        }
        for (Alias alias : KNOWN) {
            Matcher m = alias.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().noneMatch(f -> start < f.end() && f.start() < end)) {
                    found.add(new Name(alias.name(), start, end, false));
                }
            }
        }
        found.sort(Comparator.comparingInt(Name::start));
        List<Name> result = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Name name = found.get(i);
            // "tilitoimistollemme (Tilipalvelu Virtanen Oy)": the company is the one recipient.
            if (!name.company() && i + 1 < found.size() && found.get(i + 1).company()
                    && found.get(i + 1).start() - name.end() <= 3) {
                continue;
            }
            if (!name.name().isEmpty() && result.stream().noneMatch(r -> r.name().equalsIgnoreCase(name.name()))) {
                result.add(name);
            }
        }
        return result;
    }

    /** "Kela, Verohallinto ja tilitoimisto": nothing but the names and what joins them. */
    private static boolean bareList(String sentence, List<Name> names) {
        StringBuilder rest = new StringBuilder(sentence);
        for (int i = names.size() - 1; i >= 0; i--) {
            rest.replace(names.get(i).start(), names.get(i).end(), " ");
        }
        return LIST_JOINERS.matcher(rest).replaceAll("").isBlank();
    }

    /** A sentence's first word is written with a capital whatever it is: "Tietoja luovutetaan X Oy:lle" names X Oy. */
    private static String trimLeadingWords(String name) {
        String[] words = name.split("\\s+");
        int from = 0;
        while (from < words.length - 2 && COMMON_WORDS.matcher(words[from].toLowerCase(Locale.ROOT)).matches()) {
            from++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static final Pattern COMMON_WORDS = Pattern.compile(
            "(?U)tietoja|tiedot|tietoa|henkilötietoja|luovutamme|luovutetaan|voimme|vi|uppgifter|personuppgifter|data|we|your|the|our|asiakastietoja|palkkatiedot|laskutustiedot");
}
