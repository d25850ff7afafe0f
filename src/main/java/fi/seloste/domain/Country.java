package fi.seloste.domain;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Countries as ISO 3166-1 alpha-2 codes, with their names in the notice languages from the Java runtime's CLDR data
 * (Finnish "Yhdysvallat", Swedish "USA", English "United States"). Also reads names an older Seloste stored as
 * Finnish words ("Israel ja Yhdysvallat").
 */
public final class Country {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Pattern AND = Pattern.compile("\\s*(?:,|\\bja\\b|\\boch\\b|\\band\\b|&)\\s*");

    private Country() {
    }

    /**
     * Every country's name in Finnish, Swedish and English (about 60 ms to build cold): made on the first look-up by
     * name, not whenever a notice with a transfer is read.
     */
    private static final class ByName {
        static final Map<String, String> CODE_BY_NAME = namesToCodes();
    }

    /** Every ISO 3166-1 alpha-2 code the Java runtime knows. */
    public static Set<String> codes() {
        return CODES;
    }

    public static boolean isCode(String value) {
        return value != null && value.length() == 2 && CODES.contains(value);
    }

    /** The country's name in the language, or the value as typed when it is not a code Seloste knows. */
    public static String name(String code, Language language) {
        if (!isCode(code)) {
            return code == null ? "" : code;
        }
        return new Locale("", code).getDisplayCountry(displayLocale(language));
    }

    /** The code for a country named in Finnish, Swedish or English, or a code itself; empty when unknown. */
    public static Optional<String> codeFor(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String stripped = nameOrCode.strip();
        if (isCode(stripped.toUpperCase(Locale.ROOT)) && stripped.length() == 2) {
            return Optional.of(stripped.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(ByName.CODE_BY_NAME.get(key(stripped)));
    }

    /**
     * The codes of the countries a typed text names ("Israel ja Yhdysvallat" gives IL, US), or empty when any part
     * is not a country Seloste knows, so that nothing the owner typed is silently dropped.
     */
    public static Optional<List<String>> codesFor(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = List.of(AND.split(typed.strip()));
        List<Optional<String>> codes = parts.stream().filter(p -> !p.isBlank()).map(Country::codeFor).toList();
        if (codes.isEmpty() || codes.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(codes.stream().map(Optional::orElseThrow).distinct().toList());
    }

    /** Every code, sorted by its name in the language: the list the wizard offers. */
    public static List<String> codesByName(Language language) {
        java.text.Collator collator = java.text.Collator.getInstance(displayLocale(language));
        return CODES.stream().sorted((a, b) -> collator.compare(name(a, language), name(b, language))).toList();
    }

    private static Locale displayLocale(Language language) {
        return language == Language.SV ? Locale.forLanguageTag("sv-FI") : language.locale();
    }

    private static Map<String, String> namesToCodes() {
        Map<String, String> map = new HashMap<>();
        for (String code : CODES) {
            for (Language language : Language.values()) {
                map.putIfAbsent(key(new Locale("", code).getDisplayCountry(displayLocale(language))), code);
            }
        }
        map.put(key("USA"), "US");
        map.put(key("Amerikka"), "US");
        map.put(key("Yhdysvallat (USA)"), "US");
        map.put(key("Britannia"), "GB");
        map.put(key("Englanti"), "GB");
        map.put(key("UK"), "GB");
        map.put(key("Yhdistynyt kuningaskunta"), "GB");
        map.put(key("Förenade kungariket"), "GB");
        map.put(key("Amerikan yhdysvallat"), "US");
        map.put(key("Förenta staterna"), "US");
        map.put(key("United States of America"), "US");
        return Map.copyOf(map);
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
