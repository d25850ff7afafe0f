package fi.seloste.oldnotice;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section headings of Finnish, Swedish and English notices, numbered the old way ("1. Rekisterinpitäjä",
 * "3) Rekisterin nimi") or not, and labels on the left ("Rekisterinpitäjä: Helmenloiste").
 */
final class Headings {

    /** A heading and the sections it opens; title marks the notice's own title ("Tietosuojaseloste"). */
    record Heading(Set<NoticeSection> sections, boolean title) {
    }

    /** A label line: the sections its label names and the value after the colon. */
    record Label(Set<NoticeSection> sections, String value) {
    }

    private static final Pattern NUMBER = Pattern.compile("^(?:§\\s*)?(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]?|[IVX]{1,4}[.)])\\s+");
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪]|[*–-](?= )|o(?= ))\\s*");
    /** A verb of a sentence, passive ("säilytetään") or not: a bullet with one says something. */
    private static final Pattern BULLET_SENTENCE = Pattern.compile(
            "(?iU)\\b(?:\\p{L}+(?:taan|tään)|on|ovat|ei|voi|voidaan|är|används|sparas|is|are)\\b");
    private static final Pattern LABEL = Pattern.compile("^([^:]{2,100}):(?:\\s+(.*))?$");
    private static final Pattern TITLE = Pattern.compile(
            "(?i).*\\b\\S*(?:seloste|selosteen|tietosuojailmoitus|tietosuojakäytäntö|dataskyddsbeskrivning|registerbeskrivning|dataskyddspolicy|privacy notice|privacy policy|privacy statement)\\b.*");

    private static final Map<NoticeSection, Pattern> KEYWORDS = new LinkedHashMap<>();

    static {
        keyword(NoticeSection.DATA_PROTECTION_OFFICER, "tietosuojavastaava|dataskyddsombud|data protection officer");
        keyword(NoticeSection.CONTACT, "yhteyshenkilö|rekisteriasioita hoitava|rekisteriasioista vastaava|rekisteristä vastaava|yhteydet rekisteriasioissa|yhteydenotot|kontaktperson|contact person|yhteystiedot rekisteriä koskevissa");
        keyword(NoticeSection.CONTROLLER, "rekisterinpitäjä|rekisterin pitäjä|rekisterin ylläpitäjä|personuppgiftsansvarig|registeransvarig|registerförare|^controller|data controller");
        keyword(NoticeSection.REGISTER_NAME, "rekisterin nimi|registrets namn|name of the register");
        keyword(NoticeSection.COOKIES, "eväste|kakor|cookie");
        keyword(NoticeSection.AUTOMATED_DECISIONS, "automaatt|automatisoi|profiloin|automatiser|profilering|automated|profiling");
        keyword(NoticeSection.PURPOSE, "tarkoitu|oikeusperuste|käsittelyn peruste|käsittelyperuste|ändamål|rättslig grund|grund för behandling|purpose|legal basis");
        keyword(NoticeSection.SOURCES, "tietolähte|tietojen lähteet|mistä tiedot|uppgiftskällor|källor|sources");
        keyword(NoticeSection.SUBJECTS, "rekisteröidyt|rekisteröityjen ryhmät|ketä rekisteri koskee|registrerade|data subjects");
        keyword(NoticeSection.CONTENT, "tietosisältö|käsiteltävät (?:henkilö)?tiedot|kerättävät (?:henkilö)?tiedot|mitä tietoja|registrets innehåll|uppgifter som behandlas|uppgiftsinnehåll|personal data we|categories of personal data|data we process|data content|contents? of the register");
        keyword(NoticeSection.DISCLOSURES, "luovutu|luovuttami|luovute|vastaanottaj|utlämnande|lämnas ut|mottagare|disclos|recipients");
        keyword(NoticeSection.TRANSFERS, "ulkopuolelle|siirrot|siirretäänkö|överför|transfers?\\b");
        keyword(NoticeSection.RETENTION, "säilytys|säilyttämi|säilytysaika|kauanko|kuinka kauan|lagringstid|förvaringstid|bevarande|hur länge|retention|how long");
        keyword(NoticeSection.SECURITY, "suojau|suojaami|suojataan|tietoturva|skydd|säkerhet|security|^rekisterin käyttäjät$|^rekisteri on$");
        keyword(NoticeSection.RIGHTS, "tarkastus|oikeude|oikeus|kieltämi|rättigheter|rights");
        keyword(NoticeSection.SYSTEMS, "järjestelm|palvelut, joi|system");
        keyword(NoticeSection.OTHER, "lainsäädäntö|ip-tiedot|muutokset|muutoshistoria|päivitetty|ändringar|changes");
    }

    private Headings() {
    }

    private static void keyword(NoticeSection section, String regex) {
        KEYWORDS.put(section, Pattern.compile("(?iU)(?:" + regex + ")"));
    }

    /** "3. Rekisterin nimi", "§ 2", "IV)": a heading with its number. */
    static boolean numbered(String paragraph) {
        return NUMBER.matcher(paragraph).find();
    }

    /** The paragraph as a heading, if it is one. */
    static Optional<Heading> heading(String paragraph, boolean beforeFirstHeading) {
        Matcher bullet = BULLET.matcher(paragraph);
        if (bullet.lookingAt()) {
            // "• Rekisterin nimi": a template that marks its headings as a list; a bullet that says something is no heading.
            String rest = paragraph.substring(bullet.end());
            return BULLET_SENTENCE.matcher(rest).find() ? Optional.empty() : heading(rest, beforeFirstHeading);
        }
        Matcher number = NUMBER.matcher(paragraph);
        boolean numbered = number.find();
        String text = numbered ? paragraph.substring(number.end()) : paragraph;
        text = text.strip();
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        if (words == 0 || text.endsWith(".") || text.contains(". ") || text.contains(": ") || text.contains("@") || text.contains("(at)")
                || words > (numbered ? 16 : 9) || text.length() > 140) {
            return Optional.empty();
        }
        if (beforeFirstHeading && words <= 6 && TITLE.matcher(text).matches()) {
            return Optional.of(new Heading(EnumSet.of(NoticeSection.NONE), true));
        }
        Set<NoticeSection> sections = sections(text);
        if (sections.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) && !numbered) {
            return Optional.empty();
        }
        return Optional.of(new Heading(sections, false));
    }

    private static final Pattern REGISTER_WORD = Pattern.compile("(?iU)\\p{L}+(?:rekisteri|register|registret|registry)");

    /**
     * A line that names a register as the heading of its own part ("Asiakasrekisteri", "2. Markkinointirekisteri"):
     * a few words, no sentence, ending in a register's name, and no heading Seloste knows otherwise.
     */
    static Optional<String> registerHeading(String paragraph) {
        Matcher number = NUMBER.matcher(paragraph);
        String text = (number.find() ? paragraph.substring(number.end()) : paragraph).strip();
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
        if (words.length == 0 || words.length > 5 || text.contains(".") || text.contains(":") || text.contains("@")
                || !Character.isUpperCase(text.codePointAt(0)) || TITLE.matcher(text).matches() || !sections(text).isEmpty()) {
            return Optional.empty();
        }
        return REGISTER_WORD.matcher(words[words.length - 1]).matches() ? Optional.of(text) : Optional.empty();
    }

    /** "Rekisterinpitäjä: Helmenloiste" as a label of a known section and its value. */
    static Optional<Label> label(String paragraph) {
        Matcher m = LABEL.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = NUMBER.matcher(m.group(1).strip()).replaceFirst("");
        // A numbered label is a heading with its value on the same line: "4. Ändamålet med behandlingen av personuppgifter (…): …".
        int most = NUMBER.matcher(m.group(1).strip()).find() ? 8 : 5;
        if (label.split("\\s+").length > most || m.group(2) == null || m.group(2).isBlank()) {
            return Optional.empty();
        }
        Set<NoticeSection> sections = sections(label);
        return sections.isEmpty() ? Optional.empty() : Optional.of(new Label(sections, m.group(2).strip()));
    }

    private static Set<NoticeSection> sections(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<NoticeSection> sections = EnumSet.noneOf(NoticeSection.class);
        KEYWORDS.forEach((section, pattern) -> {
            if (pattern.matcher(lower).find()) {
                sections.add(section);
            }
        });
        if (sections.contains(NoticeSection.DATA_PROTECTION_OFFICER)) {
            sections.remove(NoticeSection.CONTACT);
            sections.remove(NoticeSection.CONTROLLER);
        }
        if (sections.contains(NoticeSection.CONTACT)) {
            sections.remove(NoticeSection.CONTROLLER);
        }
        if (sections.contains(NoticeSection.COOKIES) || sections.contains(NoticeSection.RIGHTS)) {
            sections.remove(NoticeSection.SYSTEMS);
        }
        if (sections.contains(NoticeSection.RIGHTS) && sections.size() > 1) {
            sections.remove(NoticeSection.RIGHTS);
        }
        if (sections.contains(NoticeSection.REGISTER_NAME)) {
            sections.retainAll(EnumSet.of(NoticeSection.REGISTER_NAME));
        }
        if (sections.size() > 1) {
            sections.remove(NoticeSection.OTHER);
        }
        return sections;
    }
}
