package fi.seloste.oldnotice;

import fi.seloste.domain.Country;
import fi.seloste.domain.EuEea;
import fi.seloste.domain.Language;
import fi.seloste.domain.TransferSafeguard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries outside the EU/EEA a sentence names as where data is transferred, as ISO codes; and the safeguard it
 * names for the transfer, when it names one. Every country the Java runtime names ({@link Country}) is known by its
 * Finnish name in its case endings and consonant gradation ({@link NameEndings}: "Meksikoon", "Turkissa",
 * "Etelä-Afrikkaan"; plurals "Filippiineille", "Caymansaarilla"; "Uuteen-Seelantiin", "Isossa-Britanniassa"), by its
 * Swedish and English names (with a genitive s), and by the names people write that the runtime does not give
 * ("Yhdysvaltoihin", "USA:han", "Englanti", "the UK"). A name counts only written with a capital, as a name is
 * ("turkki" is a fur); two letters alone ("US", "GB") are not read as a country. Countries in the EU/EEA
 * ({@link EuEea}) are never returned: a transfer to Norway is no transfer outside the EEA.
 */
final class CountryWordings {

    /**
     * A way of writing a country: group 1 is the name as written, which must begin with a capital; literal is what a
     * sentence must contain (in small letters) for the pattern to be worth trying.
     */
    private record Alias(String literal, Pattern pattern, String code) {
    }

    /** Where a name was found; inflected when an ending follows the name as the alias writes it. */
    private record Hit(int start, int end, boolean inflected, String code) {

        int length() {
            return end - start;
        }
    }

    /** Written forms the runtime's names do not give: plurals, abbreviations, older and everyday names. */
    private static final List<Alias> WRITTEN = List.of(
            written("yhdysval", "((?:Amerikan )?yhdysval(?:lat|loissa|loista|loihin|toihin|tain|tojen|loille|loilla|loilta|taihin))", "US"),
            asWritten("usa", "(USA)(?::(?:ssa|ssä|han|sta|stä|n|lle|lla|lta|s))?", "US"),
            asWritten("u.s.", "(U\\.S\\.(?:A\\.?)?)", "US"),
            asWritten("the us", "[Tt]he (US)", "US"),
            written("united states", "(United States of America)", "US"),
            written("förenta staterna", "(Förenta staterna)s?", "US"),
            written("kuningas", "(Yhdisty(?:nyt|neeseen|neessä|neestä|neen|neelle) kuningaskun(?:ta|taan|nassa|nasta|nan|nalle))", "GB"),
            asWritten("the uk", "[Tt]he (UK)", "GB"),
            written("förenade kungariket", "(Förenade kungariket)s?", "GB"),
            written("emiirikun", "((?:Yhdisty(?:neet|neisiin|neissä|neistä|neiden) )?arabiemiirikun(?:nat|tiin|nissa|nista|tien|nille|nilla|nilta))", "AE"),
            written("new jersey", "(New Jersey)", "US"),
            written("new mexico", "(New Mexico)", "US"),
            written("arabiemiraat", "(Arabiemiraat(?:it|teihin|eissa|eista|tien|eille|eilla))", "AE"));

    /** Finnish names besides the runtime's, inflected as it is. */
    private static final Map<String, String> FINNISH_NAMES = Map.of(
            "Britannia", "GB", "Englanti", "GB", "Bahamasaaret", "BS", "Bosnia-Hertsegovina", "BA");

    /**
     * Countries with a name that is also an ordinary word, capitalised at the start of a sentence: "Turkki" (a fur),
     * "Oman" (own), "Nauru" (laughter), "Peru" (cancel), "Sudan" (a wolf's), "China", "Jersey". Not read as the
     * sentence's first word.
     */
    private static final Set<String> ALSO_A_WORD = Set.of("TR", "OM", "NR", "PE", "SD", "CN", "JE");

    private static final Pattern FIRST_LETTER = Pattern.compile("\\p{L}");
    /** The adjectives Finnish inflects with the name: "Uuteen-Seelantiin", "Isossa-Britanniassa". */
    private static final Pattern ADJECTIVE = Pattern.compile("(Uusi|Iso)-");
    private static final Map<String, String> ADJECTIVE_INFLECTED = Map.of(
            "Uusi", "Uu(?:si|teen|dessa|desta|den|delle|della|delta|tta|tena|deksi)-",
            "Iso", "Iso(?:on|ssa|sta|n|lle|lla|lta|a|na|ksi)?-");
    private static final String BEFORE = "(?<![\\p{L}\\d-])";
    private static final String AFTER = "(?![\\p{L}\\d]|:[\\p{L}\\d])";

    private static final List<Alias> SAFEGUARDS = List.of(
            alias("vakiosopimuslause\\p{L}*|mallisopimuslause\\p{L}*|standard contractual clauses|standardavtalsklausul\\p{L}*|\\bscc\\b", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES.name()),
            alias("data privacy framework|tietosuojakehy\\p{L}*|dataskyddsramen|\\bdpf\\b", TransferSafeguard.EU_US_DATA_PRIVACY_FRAMEWORK.name()),
            alias("yritystä koskevi\\p{L}* sitovi\\p{L}* sääntö\\p{L}*|binding corporate rules|bindande företagsbestämmelser", TransferSafeguard.BINDING_CORPORATE_RULES.name()),
            alias("tietosuojan riittäv\\p{L}* tas\\p{L}*|riittävyyspäätö\\p{L}*|adequacy decision|beslut om adekvat", TransferSafeguard.ADEQUACY_DECISION.name()));

    private static final Pattern TRANSFERRED = Pattern.compile(
            "(?iU)siirretään|siirrämme|siirtyy|siirtyvät|voidaan siirtää|sijaitse\\p{L}*|säilytetään|säilyttä\\p{L}*|tallennetaan|käsitellään|käsittele\\p{L}*|luovute\\p{L}*|överförs|överför vi|lagras|behandlas|lämnas ut"
                    + "|(?:is|are|may be|can be) (?:transferred|stored|processed)|we transfer|located");

    private static volatile List<Alias> countries;

    private CountryWordings() {
    }

    private static Alias alias(String regex, String code) {
        return new Alias("", Pattern.compile("(?iU)(?<![\\p{L}\\d-])(?:" + regex + ")(?![\\p{L}\\d])"), code);
    }

    private static Alias written(String literal, String regex, String code) {
        return new Alias(literal, Pattern.compile("(?iU)" + BEFORE + regex + AFTER), code);
    }

    private static Alias asWritten(String literal, String regex, String code) {
        return new Alias(literal, Pattern.compile("(?U)" + BEFORE + regex + AFTER), code);
    }

    /** The countries outside the EU/EEA a sentence says data goes to or is kept in, in the order it names them; none in a denial. */
    static List<String> countries(String sentence) {
        if (Wording.negated(sentence) || !TRANSFERRED.matcher(sentence).find()) {
            return List.of();
        }
        String text = sentence.replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher firstLetter = FIRST_LETTER.matcher(text);
        int first = firstLetter.find() ? firstLetter.start() : -1;
        List<Hit> hits = new ArrayList<>();
        for (Alias alias : countries()) {
            if (!lower.contains(alias.literal())) {
                continue;
            }
            Matcher m = alias.pattern().matcher(text);
            // From the next character, not the match's end: "amerikan Yhdysvalloissa" is read as "Yhdysvalloissa".
            for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
                boolean capital = Character.isUpperCase(m.group(1).codePointAt(0));
                boolean word = m.start(1) == first && ALSO_A_WORD.contains(alias.code());
                // The translative is a language, not a place: "Englanniksi", "venäjäksi käännetyt tiedot".
                boolean language = m.group().toLowerCase(Locale.ROOT).endsWith("ksi");
                if (capital && !word && !language) {
                    hits.add(new Hit(m.start(1), m.end(), m.end(1) < m.end(), alias.code()));
                }
            }
        }
        // The longest reading wins, "Päiväntasaajan Guinea" is not Guinea; of two as long, a name as it is before a
        // name with an ending: "Nigeria" is Nigeria, not Niger in the partitive.
        hits.sort(Comparator.comparingInt(Hit::length).reversed().thenComparing(Hit::inflected).thenComparingInt(Hit::start));
        List<Hit> taken = new ArrayList<>();
        for (Hit hit : hits) {
            if (taken.stream().noneMatch(t -> hit.start() < t.end() && t.start() < hit.end())) {
                taken.add(hit);
            }
        }
        taken.sort(Comparator.comparingInt(Hit::start));
        Set<String> codes = new LinkedHashSet<>();
        taken.stream().map(Hit::code).filter(code -> !EuEea.includes(code)).forEach(codes::add);
        return List.copyOf(codes);
    }

    /** The one safeguard the sentence names for its transfers; empty when it names none or several. */
    static Optional<String> safeguard(String sentence) {
        List<String> named = SAFEGUARDS.stream().filter(a -> a.pattern().matcher(sentence).find()).map(Alias::code).distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static List<Alias> countries() {
        List<Alias> known = countries;
        if (known == null) {
            List<Alias> list = new ArrayList<>(WRITTEN);
            // Member states are known too, for the longest reading: "Franska Guyana" is in the EU, not Guyana.
            for (String code : Country.codes()) {
                for (String name : variants(Country.name(code, Language.FI))) {
                    list.addAll(finnish(name, code));
                }
                for (Language language : List.of(Language.SV, Language.EN)) {
                    for (String name : variants(Country.name(code, language))) {
                        list.add(withGenitiveS(name, code));
                    }
                }
            }
            FINNISH_NAMES.forEach((name, code) -> list.addAll(finnish(name, code)));
            known = List.copyOf(list);
            countries = known;
        }
        return known;
    }

    /**
     * The name as the runtime gives it and the shorter names inside it: "Myanmar (Burma)" is also Myanmar and Burma,
     * "Hongkong – Kiinan erityishallintoalue" and "Hong Kong SAR China" Hongkong and Hong Kong; "&" and "S:t" also
     * written out.
     */
    private static List<String> variants(String name) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        Matcher brackets = Pattern.compile("^(.+?) \\((.+)\\)$").matcher(name);
        if (brackets.matches()) {
            names.add(brackets.group(1));
            names.add(brackets.group(2));
        }
        names.add(name.replaceFirst(" – .*$| SAR( China)?$", ""));
        for (String n : List.copyOf(names)) {
            names.add(n.replace(" & ", " and "));
            names.add(n.replaceFirst("^S:t ", "Sankt ").replaceFirst("^St\\. ", "Saint "));
        }
        return List.copyOf(names);
    }

    private static Alias withGenitiveS(String name, String code) {
        String regex = "(" + Pattern.quote(name) + ")(?::s|s)?";
        String flags = NameEndings.abbreviation(name) ? "(?U)" : "(?iU)";
        return new Alias(name.toLowerCase(Locale.ROOT), Pattern.compile(flags + BEFORE + regex + AFTER), code);
    }

    /**
     * A Finnish name in its case endings; a plural ("Filippiinit", "Caymansaaret"), a "-saari" and "Uusi-", "Iso-" as
     * Finnish inflects them.
     */
    private static List<Alias> finnish(String name, String code) {
        List<Alias> aliases = new ArrayList<>();
        Matcher adjective = ADJECTIVE.matcher(name);
        String before = "";
        String rest = name;
        if (adjective.find()) {
            before = Pattern.quote(name.substring(0, adjective.start())) + ADJECTIVE_INFLECTED.get(adjective.group(1));
            rest = name.substring(adjective.end());
        }
        if (rest.endsWith("saaret")) {
            aliases.add(finnishForm(before, stem(rest, "saaret") + "saar", "et|ille|illa|illä|ilta|iltä|iin|issa|issä|ista|istä|ten|ien|ia|ina|iksi", code));
        } else if (rest.endsWith("saari")) {
            aliases.add(finnishForm(before, stem(rest, "saari") + "saar", "i|en|essa|essä|esta|estä|een|elle|ella|ellä|elta|eltä|ta|ena|eksi", code));
        } else if (rest.matches(".*[^aeiouyäö]it")) {
            aliases.add(finnishForm(before, stem(rest, "it"), "it|eille|eillä|eilla|eiltä|eilta|eihin|eissä|eissa|eistä|eista|ien|eja|eina|eiksi", code));
        } else {
            for (NameEndings.Form form : NameEndings.forms(rest)) {
                aliases.add(finnishForm(before, form.stem(), form.endings(), code));
            }
        }
        return aliases;
    }

    private static String stem(String name, String ending) {
        return name.substring(0, name.length() - ending.length());
    }

    private static Alias finnishForm(String before, String stem, String endings, String code) {
        String regex = "(" + before + Pattern.quote(stem) + ")(?:" + endings + ")?";
        String flags = NameEndings.abbreviation(stem) ? "(?U)" : "(?iU)";
        // With an inflected adjective before it, the literal is the part after the hyphen, the same in every case.
        String literal = before.isEmpty() ? stem : "-" + stem;
        return new Alias(literal.toLowerCase(Locale.ROOT), Pattern.compile(flags + BEFORE + regex + AFTER), code);
    }
}
