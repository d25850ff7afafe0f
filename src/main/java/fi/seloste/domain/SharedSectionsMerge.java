package fi.seloste.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the business's shared sections out of what each register said when an older Seloste kept them per register
 * (docs/decisions/0021): nothing is invented and nothing dropped. Identical systems become one system used by each
 * of those registers, systems differing in any detail stay separate; security is the union of the measures with the
 * distinct owner texts joined; cookies keep the answer the registers agree on, the union of the inventories, and
 * where the answers differ what is safe to say, with a {@link MergeNote} so that the owner checks the section.
 * The store's migration V10 applies the same rules in SQL.
 */
public final class SharedSectionsMerge {

    /** What one register said in a section that is now shared. */
    public record RegisterSections(Register register, List<SystemUse> systems, Security security, Cookies cookies) {
    }

    private SharedSectionsMerge() {
    }

    /** The notice with the shared sections merged from the registers' sections (the registers given in order). */
    public static Notice merge(Notice notice, List<RegisterSections> perRegister) {
        List<SystemUse> systems = new ArrayList<>();
        List<Register> registers = new ArrayList<>();
        List<List<String>> keysBefore = keysBefore(perRegister, systems);
        for (int i = 0; i < perRegister.size(); i++) {
            registers.add(perRegister.get(i).register().toBuilder().systemKeys(keysBefore.get(i)).build());
        }
        List<MergeNote> notes = new ArrayList<>(notice.mergeNotes());
        List<String> names = perRegister.stream().map(r -> r.register().name().fi()).toList();
        // Registers that described one system differently keep a copy each: the owner chooses, with the names of
        // the registers that had such a system.
        Set<String> sharedName = new java.util.HashSet<>();
        Set<String> twice = new java.util.HashSet<>();
        systems.forEach(s -> {
            if (!sharedName.add(s.name())) {
                twice.add(s.name());
            }
        });
        List<String> withCopies = new ArrayList<>();
        for (int i = 0; i < perRegister.size(); i++) {
            if (keysBefore.get(i).stream().anyMatch(k -> systems.stream()
                    .anyMatch(s -> s.key().equals(k) && twice.contains(s.name())))) {
                withCopies.add(names.get(i));
            }
        }
        if (!withCopies.isEmpty()) {
            notes.add(new MergeNote(SharedSection.SYSTEMS, withCopies));
        }
        Security security = security(perRegister.stream().map(RegisterSections::security).toList());
        if (perRegister.size() > 1 && perRegister.stream().map(RegisterSections::security).distinct().count() > 1) {
            notes.add(new MergeNote(SharedSection.SECURITY, names));
        }
        List<Cookies> cookies = perRegister.stream().map(RegisterSections::cookies).toList();
        Cookies merged = cookies(cookies);
        if (distinctAnswered(cookies, Cookies::used, Answer.NOT_ANSWERED) > 1
                || distinctAnswered(cookies, Cookies::consent, CookieConsent.NOT_STATED) > 1
                || distinctAnswered(cookies, Cookies::description, LocalizedText.EMPTY) > 1
                || cookies.stream().map(Cookies::inventory).filter(i -> !i.isEmpty()).distinct().count() > 1) {
            notes.add(new MergeNote(SharedSection.COOKIES, names));
        }
        return notice.withRegisters(registers).withSystems(systems).withSecurity(security).withCookies(merged)
                .withMergeNotes(notes);
    }

    /**
     * For each register (by id), the key in the merged notice of each system it had, in the order it had them: what
     * the record of processing's agreements, kept by a system's place, follow ({@link
     * fi.seloste.domain.record.AgreementsAfterSharing}).
     */
    public static Map<Long, List<String>> keysBefore(List<RegisterSections> perRegister) {
        List<List<String>> keys = keysBefore(perRegister, new ArrayList<>());
        Map<Long, List<String>> byRegister = new LinkedHashMap<>();
        for (int i = 0; i < perRegister.size(); i++) {
            byRegister.putIfAbsent(perRegister.get(i).register().id(), keys.get(i));
        }
        return byRegister;
    }

    /** Fills systems with the business's systems, each once, and returns which each register's systems became. */
    private static List<List<String>> keysBefore(List<RegisterSections> perRegister, List<SystemUse> systems) {
        List<List<String>> keysBefore = new ArrayList<>();
        for (RegisterSections r : perRegister) {
            List<String> keys = new ArrayList<>();
            for (SystemUse s : r.systems()) {
                SystemUse shared = systems.stream().filter(s::sameAs).findFirst().orElse(null);
                if (shared == null) {
                    shared = s.withKey(SystemKeys.fresh(systems));
                    systems.add(shared);
                }
                keys.add(shared.key());
            }
            keysBefore.add(keys);
        }
        return keysBefore;
    }

    static Security security(List<Security> all) {
        Set<SecurityMeasure> measures = EnumSet.noneOf(SecurityMeasure.class);
        all.forEach(s -> measures.addAll(s.measures()));
        return new Security(measures, joined(all, Security::paperText), joined(all, Security::electronicText),
                joined(all, Security::organisationalText));
    }

    static Cookies cookies(List<Cookies> all) {
        Set<Answer> used = EnumSet.noneOf(Answer.class);
        all.forEach(c -> used.add(c.used()));
        // A YES in any register is what the website does; a NO beside a YES is not safe to print.
        Answer answer = used.contains(Answer.YES) ? Answer.YES
                : used.contains(Answer.NO) ? Answer.NO : Answer.NOT_ANSWERED;
        Set<CookieEntry> inventory = new LinkedHashSet<>();
        all.forEach(c -> inventory.addAll(c.inventory()));
        Set<CookieConsent> consents = EnumSet.noneOf(CookieConsent.class);
        all.forEach(c -> consents.add(c.consent()));
        consents.remove(CookieConsent.NOT_STATED);
        CookieConsent consent = consents.size() == 1 ? consents.iterator().next() : CookieConsent.NOT_STATED;
        return new Cookies(answer, List.copyOf(inventory), consent, joined(all, Cookies::description));
    }

    private static <T, V> long distinctAnswered(List<T> all, Function<T, V> value, V unanswered) {
        return all.stream().map(value).filter(v -> !v.equals(unanswered)).distinct().count();
    }

    /** The distinct texts, per language, in the order the registers gave them, a blank line between. */
    private static <T> LocalizedText joined(List<T> all, Function<T, LocalizedText> text) {
        return new LocalizedText(join(all, t -> text.apply(t).fi()), join(all, t -> text.apply(t).sv()),
                join(all, t -> text.apply(t).en()));
    }

    private static <T> String join(List<T> all, Function<T, String> text) {
        Set<String> distinct = new LinkedHashSet<>();
        all.stream().map(text).filter(s -> !s.isBlank()).forEach(distinct::add);
        return String.join("\n\n", distinct);
    }
}
