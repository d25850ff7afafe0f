package fi.seloste.oldnotice;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in catalogue's systems a sentence names ("Hubspot", "Holvin Yritystili", "Upcloud Oy:n palvelinsalissa"):
 * by their name, their name without a note in brackets, or the first word of a longer name when that word is the
 * product's own. A name counts written as the catalogue writes it or with a capital, as a product's is ("Hubspot"),
 * an abbreviation only as written ("OP", not "Opin"); as it is, in one of its Finnish case endings or as the first
 * part of a hyphenated compound ({@link NameEndings}), never as the start of a longer word ("holvikatto"). A
 * sentence saying it is not used ("emme käytä…") names none.
 */
final class CatalogueMentions {

    /** First words that name a family of products, not one. */
    private static final Set<String> FAMILY_WORDS = Set.of("google", "microsoft", "visma", "meta", "facebook", "linkedin",
            "eezy", "op", "zettle", "whatsapp", "palkka", "palkkaus", "matomo", "woocommerce", "zoho", "nordhealth", "vitec");
    private static final Pattern NOT_USED = Pattern.compile("(?iU)\\bemme käytä|\\bei käytetä|\\bdo not use|\\bdon't use|\\banvänder inte");

    private record Alias(String systemId, String stem, boolean onlyAsWritten, Pattern pattern, int length) {

        boolean writtenSo(String written) {
            if (written.equals(stem)) {
                return true;
            }
            int first = written.codePointAt(0);
            return !onlyAsWritten && (Character.isUpperCase(first) || Character.isDigit(first));
        }
    }

    private static volatile List<Alias> aliases;

    private CatalogueMentions() {
    }

    static List<String> systems(String sentence) {
        if (NOT_USED.matcher(sentence).find()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Alias alias : aliases()) {
            Matcher m = alias.pattern().matcher(sentence);
            while (m.find()) {
                int start = m.start(1);
                int end = m.end(1);
                if (!alias.writtenSo(m.group(1))) {
                    continue;
                }
                if (taken.stream().anyMatch(t -> start < t[1] && t[0] < end)) {
                    continue;
                }
                taken.add(new int[] {start, end});
                if (!found.contains(alias.systemId())) {
                    found.add(alias.systemId());
                }
            }
        }
        return found;
    }

    private static List<Alias> aliases() {
        List<Alias> list = aliases;
        if (list == null) {
            list = new ArrayList<>();
            for (CatalogueSystem system : Catalogues.systems()) {
                for (String name : names(system)) {
                    for (NameEndings.Form form : NameEndings.forms(name)) {
                        list.add(new Alias(system.id(), form.stem(), NameEndings.abbreviation(name),
                                Pattern.compile("(?iU)(?<![\\p{L}\\d.@/-])" + form.regex()), name.length()));
                    }
                }
            }
            list.sort(Comparator.comparingInt(Alias::length).reversed());
            aliases = List.copyOf(list);
        }
        return list;
    }

    private static List<String> names(CatalogueSystem system) {
        List<String> names = new ArrayList<>();
        names.add(system.name());
        String withoutNote = system.name().replaceAll("\\s*\\(.*\\)\\s*", "").strip();
        if (!withoutNote.equals(system.name()) && !withoutNote.isEmpty()) {
            names.add(withoutNote);
        }
        String[] words = withoutNote.split("[\\s-]+");
        if (words.length > 1 && words[0].length() >= 4 && !FAMILY_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
            names.add(words[0]);
        }
        return names;
    }
}
