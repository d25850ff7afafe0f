package fi.seloste.oldnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a product's name is written in a Finnish sentence: as it is, or with one case ending ("Holvista", "Vellossa",
 * "Roundcubella", with the linking i after a consonant: "Mailchimpillä", "HubSpotiin", "Google Analyticsin"; after a
 * colon: "HubSpot:iin", "Microsoft 365:ssä"; in the weak grade where Finnish has one: "Planeetassa", "Matkahuollon"),
 * or as the first part of a compound written with a hyphen ("Ajas-järjestelmässä"). Nothing else may follow the name:
 * letters after it that are not one of these endings make another word ("holvikatto").
 */
final class NameEndings {

    private static final String VOWEL = "[aeiouyäö]";
    /** Inessive, elative, adessive, ablative, allative, genitive and translative: the endings of the weak grade. */
    private static final String WEAK_GRADE = "ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|n|ksi";
    /** Partitive and essive, on the strong grade. */
    private static final String STRONG_GRADE = "[aä]|n[aä]";
    /** After a vowel: the partitive with t, the illative with the vowel doubled, with h, or -siin. */
    private static final String AFTER_A_VOWEL = "t[aä]|h" + VOWEL + "n|siin";
    /** After a consonant, the linking i: "HubSpotissa", "HubSpotiin". */
    private static final String LINKED = "i(?:" + WEAK_GRADE + "|" + STRONG_GRADE + "|in)";
    /** After a colon (an abbreviation, a number, or a name written so): "OP:n", "365:ssä", "HubSpot:iin". */
    private static final String AFTER_A_COLON = ":(?:" + WEAK_GRADE + "|" + STRONG_GRADE + "|" + AFTER_A_VOWEL + "|"
            + VOWEL + "{1,2}n|" + LINKED + ")";
    private static final Pattern GRADATION = Pattern.compile("(kk|pp|tt|lt|nt|rt)(" + VOWEL + ")$");

    private NameEndings() {
    }

    /** The ways of writing the name, each a stem and the endings it may take. */
    record Form(String stem, String endings) {

        /**
         * The stem in group 1, then one of its endings or none; the whole must end a word: a hyphen or a colon may
         * follow, but not a colon and letters that are not an ending.
         */
        String regex() {
            return "(" + Pattern.quote(stem) + ")(?:" + endings + ")?(?![\\p{L}\\d]|:[\\p{L}\\d])";
        }
    }

    static List<Form> forms(String name) {
        List<Form> forms = new ArrayList<>();
        int last = name.codePointBefore(name.length());
        if (!Character.isLetter(last) || Character.isUpperCase(last)) {
            forms.add(new Form(name, AFTER_A_COLON));
            return forms;
        }
        if (isVowel(last)) {
            forms.add(new Form(name, AFTER_A_COLON + "|" + WEAK_GRADE + "|" + STRONG_GRADE + "|" + AFTER_A_VOWEL + "|"
                    + Character.toString(last) + "n"));
            var gradation = GRADATION.matcher(name);
            if (gradation.find()) {
                forms.add(new Form(name.substring(0, gradation.start()) + weak(gradation.group(1)) + gradation.group(2),
                        WEAK_GRADE));
            }
        } else {
            forms.add(new Form(name, AFTER_A_COLON + "|" + LINKED));
        }
        return forms;
    }

    /** An abbreviation ("OP") is matched only as written: "Opin" and "Opista" are other words. */
    static boolean abbreviation(String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isVowel(int codePoint) {
        return "aeiouyäö".indexOf(Character.toLowerCase(codePoint)) >= 0;
    }

    private static String weak(String strong) {
        return switch (strong) {
            case "kk" -> "k";
            case "pp" -> "p";
            case "tt" -> "t";
            case "lt" -> "ll";
            case "nt" -> "nn";
            default -> "rr";
        };
    }
}
