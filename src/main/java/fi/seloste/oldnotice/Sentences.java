package fi.seloste.oldnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A paragraph's sentences: a full stop, question or exclamation mark followed by a capital or a bullet starts one. */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}•\"”])");
    /** Abbreviations after which a capital does not start a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:esim|mm|ns|puh|tel|p|ks|vrt|yms|tms|jne|ym|os|t\\.ex|bl\\.a|e\\.g|i\\.e|etc|oy|ab|ky|tmi|klo|n|kpl)\\.)$");

    private Sentences() {
    }

    static List<String> of(String paragraph) {
        List<String> sentences = new ArrayList<>();
        String body = Paragraphs.isBullet(paragraph) ? paragraph.substring(1).strip() : paragraph;
        StringBuilder current = new StringBuilder();
        for (String piece : END.split(body)) {
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(piece);
            if (!ABBREVIATION.matcher(piece).find()) {
                sentences.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current.toString().strip());
        }
        return sentences.stream().filter(s -> !s.isEmpty()).toList();
    }
}
