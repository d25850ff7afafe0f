package fi.seloste.domain.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template instructions left in the owner's text: "(nimeä organisaatiot)", "[jos käytössä]", "(s-postiosoite)",
 * "XXX", "<…>", "[…]". A bracket is a placeholder only when its content reads as an instruction or a bare field
 * label, so that ordinary parenthesised prose ("(kuten testauslomakkeet)", "(sessio)") is left alone.
 */
final class Placeholders {

    private static final Pattern BRACKETED = Pattern.compile("([(\\[<])\\s*([^()\\[\\]<>]{1,80}?)\\s*([)\\]>])");
    private static final Pattern CROSSES_OR_BLANKS = Pattern.compile("(?<![\\p{L}\\d])(?:[Xx]{3,}|_{3,})(?![\\p{L}\\d])");
    private static final Pattern ELLIPSIS = Pattern.compile("(?:…|\\.{2,}|_+|-+|\\?+)");

    /** The content starts with one of these words: an instruction to whoever fills in the template. */
    private static final List<String> INSTRUCTIONS = List.of(
            "nimeä", "lisää", "täydennä", "kirjoita", "valitse", "merkitse", "korvaa",
            "insert", "add", "enter", "fill in", "replace", "name the",
            "fyll i", "lägg till", "ange", "skriv", "infoga", "välj");

    /** Anywhere in the content: a condition the template left for the owner to decide. */
    private static final List<String> CONDITIONS = List.of(
            "jos käytössä", "mikäli käytössä", "if used", "if applicable",
            "om tillämpligt", "om i bruk", "om sådan finns");

    /** The whole content is a field label: the template's blank for a value. */
    private static final Set<String> FIELD_LABELS = Set.of(
            "s-postiosoite", "sähköpostiosoite", "sähköposti", "puhelinnumero", "puh", "yrityksen nimi", "y-tunnus",
            "nimi", "osoite", "päivämäärä", "pvm", "verkkosivu", "www-osoite",
            "email", "e-mail", "email address", "e-mail address", "phone", "phone number", "company name", "name",
            "address", "date", "website", "business id",
            "e-post", "e-postadress", "telefonnummer", "telefon", "företagets namn", "namn", "adress", "datum",
            "fo-nummer", "webbplats");

    private Placeholders() {
    }

    /** The placeholders in the text, as they are written there. */
    static List<String> in(String text) {
        // The patterns are tried only on a text that has what they need: a scan checks hundreds of notices, and the
        // lookbehind of CROSSES_OR_BLANKS would otherwise run at every character of every text.
        List<String> found = new ArrayList<>();
        if (hasOpeningBracket(text)) {
            Matcher bracketed = BRACKETED.matcher(text);
            while (bracketed.find()) {
                if (isPlaceholder(bracketed.group(1), bracketed.group(2), bracketed.group(3))) {
                    found.add(bracketed.group());
                }
            }
        }
        if (hasThreeCrossesOrBlanks(text)) {
            Matcher blanks = CROSSES_OR_BLANKS.matcher(text);
            while (blanks.find()) {
                found.add(blanks.group());
            }
        }
        return found;
    }

    private static boolean hasOpeningBracket(String text) {
        return text.indexOf('(') >= 0 || text.indexOf('[') >= 0 || text.indexOf('<') >= 0;
    }

    /** Three X or x in a row, or three underscores: what CROSSES_OR_BLANKS cannot match without. */
    private static boolean hasThreeCrossesOrBlanks(String text) {
        int crosses = 0;
        int blanks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            crosses = c == 'X' || c == 'x' ? crosses + 1 : 0;
            blanks = c == '_' ? blanks + 1 : 0;
            if (crosses == 3 || blanks == 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceholder(String open, String content, String close) {
        if (!matchingPair(open, close)) {
            return false;
        }
        String lower = content.strip().toLowerCase(Locale.ROOT);
        if (ELLIPSIS.matcher(lower).matches()) {
            return true;
        }
        if (open.equals("<")) {
            return !lower.contains("@") && !lower.contains(":") && !lower.contains("/");
        }
        if (open.equals("[") && lower.codePoints().anyMatch(Character::isLetter)
                && content.equals(content.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return INSTRUCTIONS.stream().anyMatch(word -> lower.equals(word) || lower.startsWith(word + " "))
                || CONDITIONS.stream().anyMatch(lower::contains)
                || FIELD_LABELS.contains(lower);
    }

    private static boolean matchingPair(String open, String close) {
        return open.equals("(") && close.equals(")") || open.equals("[") && close.equals("]")
                || open.equals("<") && close.equals(">");
    }
}
