package fi.seloste.oldnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list written in a sentence, "A, B ja C", split into its items: by commas outside brackets, then the last item
 * at its last "ja"/"sekä"/"och"/"and" unless a conjunction began it already; a list without commas at every one.
 * An item that gives examples of the one before ("kuten…", "esim.…") stays with it.
 */
final class ListItems {

    private static final Pattern CONJUNCTION = Pattern.compile("\\s+(?:ja|sekä|och|samt|and)\\s+");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:ja|sekä|och|samt|and)\\s+");
    private static final Pattern EXAMPLES = Pattern.compile("^(?:kuten|esim\\.|esimerkiksi|mm\\.|t\\.ex\\.|såsom|så som|such as|e\\.g\\.)\\s.*");
    private static final Pattern EXAMPLES_ANYWHERE = Pattern.compile(
            "(?iU)(?:^|[\\s,(])(?:kuten|esim\\.|esimerkiksi|mm\\.|t\\.ex\\.|såsom|så som|such as|e\\.g\\.)\\s");

    private ListItems() {
    }

    /**
     * A bullet of a list of data is one item: "uppgifter om kundens båt och motor", "tilaustiedot, kuten tilatut
     * tuotteet, maksutapa ja toimitustapa" (its examples with it); only a bullet that is a list itself, commas
     * outside brackets and no examples, has several ("nimi, osoite, puhelinnumero").
     */
    static List<String> ofBullet(String bullet) {
        String text = bullet.strip();
        while (text.endsWith(".") || text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (splitOutsideBrackets(text).size() == 1 || EXAMPLES_ANYWHERE.matcher(text).find()) {
            return clean(List.of(text));
        }
        return of(text);
    }

    static List<String> of(String list) {
        String text = list.strip();
        while (text.endsWith(".") || text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        List<String> commaItems = splitOutsideBrackets(text);
        List<String> items = new ArrayList<>();
        if (commaItems.size() == 1) {
            for (String part : splitConjunctions(commaItems.get(0), false)) {
                items.add(part);
            }
            return clean(items);
        }
        for (int i = 0; i < commaItems.size(); i++) {
            String item = commaItems.get(i).strip();
            boolean last = i == commaItems.size() - 1;
            if (EXAMPLES.matcher(item).matches() && !items.isEmpty()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + ", " + item);
                continue;
            }
            boolean beforeJoinedLast = i == commaItems.size() - 2 && LEADING_CONJUNCTION.matcher(commaItems.get(i + 1).strip()).find();
            if (last && !LEADING_CONJUNCTION.matcher(item).find() || beforeJoinedLast) {
                // "…, sähköpostiosoite ja puhelinnumero, sekä jäsenyyden laji": the first list ends before ", sekä".
                items.addAll(splitConjunctions(item, true));
            } else {
                items.add(LEADING_CONJUNCTION.matcher(item).replaceFirst(""));
            }
        }
        return clean(items);
    }

    private static List<String> splitConjunctions(String item, boolean lastOnly) {
        List<String> parts = new ArrayList<>();
        if (depthAnywhere(item)) {
            parts.add(item);
            return parts;
        }
        var m = CONJUNCTION.matcher(item);
        int lastStart = -1;
        int lastEnd = -1;
        int from = 0;
        while (m.find()) {
            if (m.start() > 0 && item.charAt(m.start() - 1) == '-') {
                continue; // "markkinointi- ja muita viestejä": one word shared, not two items
            }
            if (!lastOnly) {
                parts.add(item.substring(from, m.start()));
                from = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastOnly && lastStart >= 0) {
            parts.add(item.substring(0, lastStart));
            parts.add(item.substring(lastEnd));
            return parts;
        }
        parts.add(item.substring(from));
        return parts;
    }

    /** A conjunction inside brackets does not split: "(jos laki ja asetus edellyttävät)". */
    private static boolean depthAnywhere(String item) {
        int open = item.indexOf('(');
        if (open < 0) {
            return false;
        }
        return CONJUNCTION.matcher(item.substring(open)).find();
    }

    private static List<String> splitOutsideBrackets(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if ((c == ',' || c == ';') && depth == 0) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        return items;
    }

    private static List<String> clean(List<String> items) {
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
