package fi.seloste.oldnotice;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A usual wording and the value it stands for; matched case-insensitively anywhere in a sentence. */
record Wording(Pattern pattern, String value) {

    static Wording of(String regex, String value) {
        return new Wording(Pattern.compile("(?iU)" + regex), value);
    }

    boolean in(String sentence) {
        return pattern.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** The values of the wordings the sentence uses, each once, in the list's order. */
    static List<String> values(List<Wording> wordings, String sentence) {
        return wordings.stream().filter(w -> w.in(sentence)).map(Wording::value).distinct().toList();
    }

    /** "ei", "eikä", "emme", "inte", "not", "no", "never": the sentence says something is not so. */
    static boolean negated(String sentence) {
        return Pattern.compile("(?iU)\\b(?:ei|eikä|emme|eivät|inte|ej|icke|aldrig|not|no|never|don't|doesn't)\\b").matcher(sentence).find();
    }
}
