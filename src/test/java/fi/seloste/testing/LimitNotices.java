package fi.seloste.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Controller;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.ListLimit;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.domain.SharedSectionsMerge;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.TextLimit;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

/**
 * Notices that reach every value with a limit: every optional part present, every list with entries, every text
 * given by a function of its limit. For the tests of the limits (schema, columns, completeness check, wizard) and
 * the export of the largest notice.
 */
public final class LimitNotices {

    private LimitNotices() {
    }

    /** One entry in every list, every text from {@code text}. */
    public static Notice everyValue(Function<TextLimit, String> text) {
        return filled(text, kind -> 1, 1);
    }

    /**
     * Every text from {@code text}; {@code entries} entries in each list of a register (capped at the list's own
     * limit) and {@code registers} registers.
     */
    public static Notice filled(Function<TextLimit, String> text, IntFunctionOfLimit entries, int registers) {
        Filler f = new Filler(text, entries);
        List<SharedSectionsMerge.RegisterSections> list = new ArrayList<>();
        for (int i = 0; i < registers; i++) {
            list.add(f.register(i + 1));
        }
        Notice merged = OwnSections.notice(Notice.withoutSharedSections(f.controller(), f.person(), f.person(),
                new NoticeSettings(EnumSet.allOf(Language.class), LocalDate.of(2027, 11, 1), f.localized(TextLimit.TEXT),
                        f.localized(TextLimit.TEXT), LocalDate.of(2025, 1, 2), LocalDate.of(2026, 11, 30)),
                List.of()), list);
        return withKeysFrom(f, merged).withMergeNotes(f.list(ListLimit.MERGE_NOTES, i -> new fi.seloste.domain.MergeNote(
                fi.seloste.domain.SharedSection.values()[i], f.list(ListLimit.REGISTERS, j -> f.t(TextLimit.NAME)))));
    }

    /** The merge names systems s1, s2…; here every key, like every other text, is one from the text function. */
    private static Notice withKeysFrom(Filler f, Notice notice) {
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        List<SystemUse> systems = new ArrayList<>();
        for (int i = 0; i < notice.systems().size(); i++) {
            SystemUse system = notice.systems().get(i);
            String key = numbered(f.t(TextLimit.CODE), i);
            renamed.put(system.key(), key);
            systems.add(system.withKey(key));
        }
        return notice.withSystems(List.of()).withSystems(systems).withRegisters(notice.registers().stream()
                .map(r -> r.toBuilder().systemKeys(r.systemKeys().stream().map(renamed::get).toList()).build())
                .toList());
    }

    /** The text with its last characters replaced by the number, its length in code points kept. */
    private static String numbered(String text, int number) {
        String digits = String.valueOf(number);
        int count = text.codePointCount(0, text.length());
        if (count <= digits.length()) {
            return text + digits;
        }
        return text.substring(0, text.offsetByCodePoints(0, count - digits.length())) + digits;
    }

    /** The unbroken word the largest notice holds: as long as a text may be, no space, no hyphen. */
    public static final String UNBROKEN_WORD = "Ö" + "x".repeat(TextLimit.TEXT.max() - 2) + "Ω";

    /**
     * The largest notice a small business could conceivably write, as the export is measured with it
     * (docs/decisions/0016): the physiotherapy seed's register {@link ListLimit#REGISTERS} times, each with a
     * name and a description as long as they may be, the last description one unbroken word of the same length,
     * and a controller whose name is as long as a name may be.
     */
    public static Notice largestRealistic() {
        Notice seed = fi.seloste.seeds.SeedNotices.physiotherapy();
        Register base = seed.registers().get(0);
        List<Register> registers = new ArrayList<>();
        for (int i = 1; i <= ListLimit.REGISTERS.max(); i++) {
            String name = ("Rekisteri " + i + " ").repeat(TextLimit.NAME.max()).substring(0, TextLimit.NAME.max());
            String description = i == ListLimit.REGISTERS.max() ? UNBROKEN_WORD : prose(TextLimit.TEXT.max());
            registers.add(base.toBuilder().id(i).name(LocalizedText.finnish(name))
                    .description(LocalizedText.finnish(description)).build());
        }
        String controller = (seed.controller().name() + " ").repeat(TextLimit.NAME.max()).substring(0, TextLimit.NAME.max());
        return seed.withController(seed.controller().withName(controller)).withRegisters(registers);
    }

    /** How many entries a list gets. */
    @FunctionalInterface
    public interface IntFunctionOfLimit {
        int entries(ListLimit limit);
    }

    /** {@code length} characters of Finnish-looking prose: words, commas and full stops, no line breaks. */
    public static String prose(int length) {
        String[] words = {"asiakkaan", "tietoja", "käsitellään", "rekisterissä", "ja", "sopimuksen", "perusteella",
                "palvelun", "tuottamiseksi", "henkilötietoja", "säilytetään", "turvallisesti", "vain", "tarvittaessa"};
        StringBuilder b = new StringBuilder(length + 16);
        int n = 0;
        while (b.length() < length) {
            b.append(words[(n * 7 + n / 3) % words.length]);
            n++;
            b.append(n % 11 == 0 ? ". " : n % 5 == 0 ? ", " : " ");
        }
        return b.substring(0, length);
    }

    /** A text of exactly {@code length} code points, each outside the Basic Multilingual Plane (two UTF-16 units). */
    public static String astral(int length) {
        return "\uD83D\uDE00".repeat(length);
    }

    private static final class Filler {
        private final Function<TextLimit, String> text;
        private final IntFunctionOfLimit entries;

        Filler(Function<TextLimit, String> text, IntFunctionOfLimit entries) {
            this.text = text;
            this.entries = entries;
        }

        String t(TextLimit limit) {
            return text.apply(limit);
        }

        LocalizedText localized(TextLimit limit) {
            return new LocalizedText(t(limit), t(limit), t(limit));
        }

        <T> List<T> list(ListLimit limit, IntFunction<T> entry) {
            int n = Math.min(limit.max(), entries.entries(limit));
            List<T> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(entry.apply(i));
            }
            return items;
        }

        PostalAddress address() {
            return new PostalAddress(t(TextLimit.NAME), t(TextLimit.CODE), t(TextLimit.NAME));
        }

        Controller controller() {
            return new Controller(t(TextLimit.NAME), t(TextLimit.CODE), address(), t(TextLimit.PHONE), t(TextLimit.EMAIL),
                    t(TextLimit.URL));
        }

        Person person() {
            return new Person(t(TextLimit.NAME), localized(TextLimit.NAME), t(TextLimit.EMAIL), t(TextLimit.PHONE), address());
        }

        List<Transfer> transfers() {
            return list(ListLimit.TRANSFERS, i -> new Transfer(t(TextLimit.NAME), TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES));
        }

        SharedSectionsMerge.RegisterSections register(long id) {
            return OwnSections.of(Register.empty(id, RegisterTemplate.CUSTOMERS, localized(TextLimit.NAME)).toBuilder()
                    .description(localized(TextLimit.TEXT))
                    .purposes(list(ListLimit.PURPOSES, i -> new Purpose(localized(TextLimit.TEXT),
                            LegalBasis.LEGITIMATE_INTERESTS, localized(TextLimit.TEXT), i == 0, false)))
                    .dataSubjects(list(ListLimit.DATA_SUBJECTS,
                            i -> new DataSubjectGroup(t(TextLimit.CATALOGUE_KEY), localized(TextLimit.NAME))))
                    .dataCategories(list(ListLimit.DATA_CATEGORIES, i -> new DataCategory(t(TextLimit.CATALOGUE_KEY),
                            localized(TextLimit.NAME), i == 0 ? SpecialCategory.HEALTH : null,
                            i == 0 ? Article9Condition.HEALTH_OR_SOCIAL_CARE : null, i % 2 == 1)))
                    .identityCodeReason(localized(TextLimit.TEXT))
                    .sources(list(ListLimit.SOURCES, i -> new DataSource(
                            SourceKind.values()[i % SourceKind.values().length], localized(TextLimit.TEXT), false)))
                    .recipients(list(ListLimit.RECIPIENTS, i -> new Recipient(localized(TextLimit.NAME), localized(TextLimit.TEXT),
                            RecipientKind.REGULAR, transfers())))
                    .retention(list(ListLimit.RETENTION_RULES, i -> new RetentionRule(localized(TextLimit.NAME),
                            RetentionCriterion.FIXED_YEARS, 6, localized(TextLimit.TEXT))))
                    .automatedDecisions(new AutomatedDecisions(Answer.YES, Answer.YES, localized(TextLimit.TEXT),
                            localized(TextLimit.TEXT)))
                    .provision(new Provision(ProvisionRequirement.CONTRACTUAL, localized(TextLimit.TEXT)))
                    .transfersOutsideEea(Answer.YES)
                    .otherDisclosures(Answer.NO)
                    .build(),
                list(ListLimit.SYSTEMS, i -> new SystemUse(t(TextLimit.CATALOGUE_KEY), t(TextLimit.NAME),
                            t(TextLimit.NAME), localized(TextLimit.TEXT), ProcessingRole.PROCESSOR, localized(TextLimit.NAME),
                            transfers(), t(TextLimit.URL), LocalDate.of(2026, 11, 1))), new Security(EnumSet.allOf(SecurityMeasure.class), localized(TextLimit.TEXT),
                            localized(TextLimit.TEXT), localized(TextLimit.TEXT)), new Cookies(Answer.YES, list(ListLimit.COOKIES, i -> new CookieEntry(t(TextLimit.NAME),
                            t(TextLimit.NAME), localized(TextLimit.TEXT), CookieCategory.ANALYTICS, localized(TextLimit.NAME))),
                            CookieConsent.CONSENT_TOOL, localized(TextLimit.TEXT)));
        }
    }
}
