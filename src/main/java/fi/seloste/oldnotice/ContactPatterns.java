package fi.seloste.oldnotice;

import java.util.regex.Pattern;

/** The shapes of contact details in Finnish notices. */
final class ContactPatterns {

    /** Also "nimi(at)yritys.fi", "nimi [at] yritys.fi", "nimi(ät)yritys.fi", as notices hide addresses from robots. */
    static final Pattern EMAIL = Pattern.compile(
            "(?iU)[\\p{L}0-9._%+-]+\\s?(?:@|\\((?:at|ät|a)\\)|\\[(?:at|ät|a)\\]|\\{at\\})\\s?[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.[a-z]{2,}");
    static final Pattern AT_FORM = Pattern.compile("(?i)\\s?(?:\\((?:at|ät|a)\\)|\\[(?:at|ät|a)\\]|\\{at\\})\\s?");
    static final Pattern WEBSITE = Pattern.compile(
            "(?iU)(?:https?://[^\\s,;()<>]+|\\bwww\\.[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+(?:/[^\\s,;()<>]*)?)");
    /** Also "08 – 542 5010", the area code set apart with a dash between spaces. */
    static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+\\d{1,3} ?\\(?0?\\)? ?|0)\\d{1,3}(?:(?: ?[–-] ?|[ -])?\\d{2,4}){1,3}(?![\\d-])");
    static final Pattern BUSINESS_ID = Pattern.compile("(?<![\\d-])\\d{6,7}-\\d(?![\\d-])");
    static final Pattern POSTAL = Pattern.compile("(?<![\\d+-])(?:FI-)?(\\d{5})\\s+(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)");
    static final Pattern POSTAL_ANY_CASE = Pattern.compile("(?<![\\d+-])(?:FI-)?(\\d{5})\\s+(\\p{L}[\\p{L}-]+(?:\\s\\p{L}[\\p{L}-]+)?)\\s*$");
    static final Pattern STREET = Pattern.compile(
            "^(?:(?:PL|PB|P\\.O\\. Box|Box)\\s?\\d{1,5}|\\p{Lu}[\\p{L}.'-]+(?:\\s[\\p{L}.'-]+){0,3}\\s\\d{1,4}(?:\\s?[A-Za-z]{1,2}\\b)?(?:\\s?\\d{1,4})?)");
    static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+){1,3}$");
    /** Field labels in the controller's and the contact's blocks. */
    static final Pattern FIELD_LABEL = Pattern.compile(
            "(?iU)^(?:y-tunnus|ly-tunnus|yritystunnus|business id|fo-nummer|osoite|postiosoite|käyntiosoite|katuosoite|adress|address|"
                    + "postal address|sähköposti(?:osoite)?|s-posti|e-?mail|e-post|puh(?:elin)?(?:numero)?|puh\\.|tel(?:efon)?\\.?|phone|gsm|matkapuhelin|"
                    + "verkkosivu(?:t|sto)?|kotisivu(?:t)?|www(?=:)|webbplats|website|nimi|namn|name|yritys|yrityksen nimi|toiminimi|company|"
                    + "rooli|tehtävä|asema|titteli|titel|role|title|yhteyshenkilö|rekisterin yhteyshenkilö|kontaktperson|contact person|"
                    + "rekisterinpitäjä|personuppgiftsansvarig|controller|muut yhteystiedot|yhteystiedot|kontaktuppgifter|contact details)\\s*[:.]?\\s*");
    static final Pattern ROLE_LABEL = Pattern.compile("(?iU)^(?:rooli|tehtävä|asema|titteli|titel|role|title)\\s*:\\s*");

    private ContactPatterns() {
    }

    static String email(String written) {
        return AT_FORM.matcher(written).replaceAll("@").replace(" ", "");
    }

    static int digits(String phone) {
        return (int) phone.chars().filter(Character::isDigit).count();
    }

    /** Not our own authority's contact details, which notices print and which are no business's. */
    static boolean isAuthority(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return v.contains("tietosuoja.fi") || v.endsWith("@om.fi") || v.contains("029 566 6700") || v.contains("0295666700");
    }
}
