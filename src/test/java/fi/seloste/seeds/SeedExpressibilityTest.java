package fi.seloste.seeds;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.seeds.SeedInventory.Statement;
import fi.seloste.seeds.SeedInventory.Statement.Kind;

/**
 * "Everything such notices say must be expressible in Seloste": each statement of the two real seed notices maps
 * to a filled field of {@link SeedNotices}, to text Seloste prints itself, or to a known gap of the domain model;
 * every sentence of the seeds is in an inventory; and the fixtures hold nothing the seeds do not say.
 *
 * <h2>GAPS: what the seeds fail to say that GDPR Art. 13 (and Art. 9, tietosuojalaki § 29) requires</h2>
 * The fixtures leave these empty, as a completeness check must then flag them; {@link #UNSAID} pins the ones a
 * single field shows.
 * <p>Physiotherapy (Flowest):
 * <ul>
 * <li>13(1)(c): one basis, legitimate interest, for everything. Newsletters (HubSpot), billing (Holvi) and patient
 *     records (Vello to Kanta) have no purpose or basis of their own (billing: 6(1)(c) Accounting Act; patient
 *     records: 6(1)(c) with Art. 9(2)(h); newsletters: consent or legitimate interest with an opt-out).</li>
 * <li>13(1)(d): the legitimate interest is not written out.</li>
 * <li>Art. 9: patient records are health data; no Art. 9(2) condition. Whether the paper test forms hold health data
 *     is not said. Appointment data (Vello) and billing data (Holvi) are missing from the list of data.</li>
 * <li>13(1)(e): recipients only through the list of systems; no vendor is named; Kanta is not said to be statutory.</li>
 * <li>13(1)(f): nothing on third-country transfers, though HubSpot, Inc. is a US company.</li>
 * <li>13(2)(a): a period only for paper material (the customer relationship); none for the electronic data in
 *     HubSpot, Holvi and Vello; "longer if the law requires" names no law (Accounting Act: 6 and 10 years).</li>
 * <li>13(2)(b): objection (Art. 21, which matters with a legitimate-interest basis) and portability are missing.</li>
 * <li>13(2)(e): whether the person must provide the data, and what follows if not, is not said.</li>
 * <li>Cookies on the web site with the contact forms are not mentioned. No date or version.</li>
 * </ul>
 * <p>Beauty salon (Helmenloiste):
 * <ul>
 * <li>Pre-GDPR framing: "Henkilötietolain 10§ mukainen rekisteriseloste" and rights under "henkilötietolaki ja
 *     EU-direktiivi" (523/1999 and 95/46/EC, both repealed).</li>
 * <li>13(1)(c): no legal basis for any purpose but marketing (consent); 13(1)(d) so no interest for the IP log.</li>
 * <li>Data subjects: no group is named; customers are only implied.</li>
 * <li>Art. 9: the treatment data the customer approves is likely health data; not declared, no Art. 9(2)
 *     condition. Tietosuojalaki § 29: "jos laki edellyttää" names no law for henkilötunnus.</li>
 * <li>13(1)(e): "no disclosure to third parties" while Ajas Oy processes the data (processors are recipients).</li>
 * <li>13(2)(a): "as long as the law requires" names no law; the IP log has no retention period.</li>
 * <li>13(2)(b): restriction and portability are missing; "at most twice a year" contradicts Art. 12(5), 15(3).</li>
 * <li>13(2)(d): no right to complain to the supervisory authority at all.</li>
 * <li>13(2)(e), 13(2)(f): not said. Whether the salon's own web pages set cookies is a template placeholder.</li>
 * <li>No date or version.</li>
 * </ul>
 */
class SeedExpressibilityTest {

    /** Sections whose headings Seloste prints itself (the order of notice-requirements.md). */
    static final Set<String> HEADINGS = Set.of("title", "controller", "contactPerson", "dataProtectionOfficer",
            "registerName", "purposes", "dataSubjects", "dataCategories", "sources", "recipients", "systems", "retention",
            "security", "cookies", "automatedDecisions", "rights", "legalReference", "version");

    /**
     * What Seloste's export prints itself: the notice*.properties keys that print it, the domain data that drives it,
     * and when it applies to a notice.
     */
    record Generator(List<String> noticeKeys, String drivenBy, Predicate<Notice> applies) {
    }

    /**
     * The generators a seed statement may map to (the names are the markers of the seed inventories). Fixed law text
     * applies always; the others need the domain data that drives them, and the test checks that the fixture has it.
     */
    static final Map<String, Generator> GENERATORS = Map.ofEntries(
            Map.entry("title", new Generator(List.of("document.title"), "controller.name + 'Tietosuojaseloste'",
                    n -> !n.controller().name().isBlank())),
            Map.entry("legalReference", new Generator(List.of("document.description"),
                    "fixed: GDPR (EU) 2016/679 Art. 13 and 14", n -> true)),
            Map.entry("automatedDecisions.none", new Generator(List.of("automated.noDecisions", "automated.noProfiling"),
                    "registers[*].automatedDecisions.decisions and .profiling both answered NO",
                    n -> registers(n).allMatch(r -> r.automatedDecisions().decisions().isNo()
                            && r.automatedDecisions().profiling().isNo()))),
            Map.entry("recipients.none", new Generator(List.of("recipients.none"),
                    "registers[*].otherDisclosures answered NO", n -> registers(n).allMatch(r -> r.otherDisclosures().isNo()))),
            Map.entry("transfers.none", new Generator(List.of("transfers.none"),
                    "registers[*].transfersOutsideEea answered NO and no transfer in .recipients or .systems",
                    n -> registers(n).allMatch(r -> r.transfersOutsideEea().isNo() && n.allTransfers(r).findAny().isEmpty()))),
            Map.entry("rights.intro", new Generator(List.of("rights.intro"), "fixed law text", n -> true)),
            Map.entry("rights.access", new Generator(List.of("rights.access"), "fixed law text, Art. 15", n -> true)),
            Map.entry("rights.rectification", new Generator(List.of("rights.rectification"), "fixed law text, Art. 16",
                    n -> true)),
            Map.entry("rights.erasure", new Generator(List.of("rights.erasure"), "fixed law text, Art. 17", n -> true)),
            Map.entry("rights.restriction", new Generator(List.of("rights.restriction"), "fixed law text, Art. 18",
                    n -> true)),
            Map.entry("rights.objection", new Generator(List.of("rights.directMarketing"),
                    "the objection to direct marketing, Art. 21(2)-(3): a purpose with directMarketing",
                    n -> registers(n).anyMatch(r -> r.purposes().stream().anyMatch(p -> p.directMarketing())))),
            Map.entry("rights.portability", new Generator(List.of("rights.portability"),
                    "Art. 20: a purpose with basis CONSENT or CONTRACT", n -> registers(n).anyMatch(r -> r.purposes().stream()
                    .anyMatch(p -> p.basis() == LegalBasis.CONSENT || p.basis() == LegalBasis.CONTRACT)))),
            Map.entry("rights.withdrawConsent", new Generator(List.of("rights.withdrawConsent"), "a purpose with basis "
                    + "CONSENT or a data category with Art. 9(2)(a)", n -> registers(n).anyMatch(r -> r.purposes().stream()
                    .anyMatch(p -> p.basis() == LegalBasis.CONSENT) || r.dataCategories().stream()
                    .anyMatch(c -> c.article9Condition() == Article9Condition.EXPLICIT_CONSENT)))),
            Map.entry("rights.complaint", new Generator(List.of("rights.complaint"), "fixed law text, Art. 13(2)(d), 77",
                    n -> true)),
            Map.entry("rights.responseTime", new Generator(List.of("rights.howDefault"), "fixed law text, Art. 12(3)",
                    n -> true)),
            Map.entry("rights.identityCheck", new Generator(List.of("rights.howDefault"), "fixed law text, Art. 12(6)",
                    n -> true)),
            Map.entry("supervisoryAuthority.contact", new Generator(List.of("authority.visiting", "authority.postal",
                    "authority.switchboard", "authority.email", "authority.web"),
                    "Seloste's data file of the authority's address", n -> true)),
            Map.entry("article30Record", new Generator(List.of("record.title"),
                    "the Art. 30 record, derived from the registers", n -> !n.registers().isEmpty())));

    @Test
    void everyGeneratorNamesNoticeKeysThatExist() throws java.io.IOException {
        Set<String> keys = fi.seloste.testing.Bundles.keys("/fi/seloste/export/notice.properties");
        List<String> problems = new ArrayList<>();
        GENERATORS.forEach((name, g) -> g.noticeKeys().stream().filter(k -> !keys.contains(k))
                .forEach(k -> problems.add(name + " -> " + k)));
        assertNone(problems, "generators naming keys the notice bundle lacks");
    }

    /**
     * Statements the domain records cannot express at all, with the proposed fix. A gap: target not listed here
     * fails the build, and so does an entry here that no statement needs any more. Empty: everything is expressible.
     */
    static final Map<String, String> KNOWN_GAPS = Map.of();

    /** Fields a seed leaves unsaid that GDPR needs (see GAPS above): the fixture must keep them empty. */
    static final Map<SeedInventory, Map<String, String>> UNSAID = Map.of(
            SeedInventory.PHYSIOTHERAPY, Map.of(
                    "registers[0].purposes[0].legitimateInterest.fi", "13(1)(d) interest not written out",
                    "registers[0].dataCategories[5].article9Condition", "Art. 9(2) condition for patient records",
                    "systems[0].vendor", "13(1)(e) HubSpot's vendor not named",
                    "systems[0].transfers", "13(1)(f) HubSpot transfer not stated",
                    "registers[0].provision.requirement", "13(2)(e)"),
            SeedInventory.BEAUTY_SALON, Map.of(
                    "registers[0].purposes[0].basis", "13(1)(c)",
                    "registers[0].purposes[2].basis", "13(1)(c) billing",
                    "registers[0].purposes[6].basis", "13(1)(c) IP log",
                    "registers[0].dataCategories[16].specialCategory", "Art. 9 treatment data not declared",
                    "registers[0].dataCategories[16].article9Condition", "Art. 9(2)",
                    "registers[0].provision.requirement", "13(2)(e)"));

    /** Leaves of a fixture that no seed statement needs to map to, with the reason. */
    static final Map<Pattern, String> NOT_FROM_THE_SEED = Map.of(
            Pattern.compile("registers\\[\\d+]\\.id"), "the store's key",
            Pattern.compile("systems\\[\\d+]\\.key"), "the system's key in the notice",
            Pattern.compile("registers\\[\\d+]\\.systemKeys\\[\\d+]"), "a one-register seed's register uses every system",
            Pattern.compile("settings\\.languages"), "the notice language: the seeds are Finnish, FI is the default");

    /** Enum values that mean "not chosen": a fixture may hold them without a statement. */
    static final Set<Object> UNSET = Set.of(RegisterTemplate.BLANK, ProcessingRole.PROCESSOR,
            ProvisionRequirement.NOT_STATED, TransferSafeguard.NONE, Answer.NOT_ANSWERED, CookieConsent.NOT_STATED);

    @ParameterizedTest
    @EnumSource(SeedInventory.class)
    void everyStatementMapsToAFilledFieldOrToTextSelostePrints(SeedInventory seed) {
        Notice notice = seed.fixture();
        List<String> problems = new ArrayList<>();
        for (Statement s : seed.statements()) {
            String problem = switch (s.kind()) {
                case PATH -> checkPath(notice, s);
                case HEADING -> HEADINGS.contains(s.marker()) ? null : "unknown heading section, known: " + HEADINGS;
                case GENERATED -> checkGenerator(notice, s);
                case NOT_APPLICABLE, GAP -> s.marker().isBlank() ? "say what" : null;
            };
            if (problem != null) {
                problems.add(s + ": " + problem);
            }
        }
        assertNone(problems, seed + ": statements the fixture in SeedNotices does not express");
    }

    @ParameterizedTest
    @EnumSource(SeedInventory.class)
    void everyFragmentIsVerbatimFromTheSeedAndEveryIdUnique(SeedInventory seed) {
        List<String> lines = seed.seedLines();
        String text = String.join("\n", lines);
        List<String> problems = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Statement s : seed.statements()) {
            if (!ids.add(s.id())) {
                problems.add(s + ": duplicate id");
            }
            if (s.fragment().isEmpty() || !text.contains(s.fragment())) {
                problems.add(s + ": fragment not found verbatim in " + seed.seedFile());
            }
            if (s.kind() == Kind.HEADING && !lines.contains(s.fragment())) {
                problems.add(s + ": a heading fragment must be a whole line of the seed");
            }
        }
        assertNone(problems, seed + ": inventory does not quote the seed");
    }

    @ParameterizedTest
    @EnumSource(SeedInventory.class)
    void everySentenceOfTheSeedIsInventoried(SeedInventory seed) {
        List<Statement> statements = seed.statements();
        Set<String> headings = new TreeSet<>();
        List<String> fragments = new ArrayList<>();
        statements.forEach(s -> (s.kind() == Kind.HEADING ? headings : fragments).add(s.fragment()));
        List<String> lines = seed.seedLines();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || headings.contains(line)) {
                continue;
            }
            for (String sentence : SeedInventory.sentences(line)) {
                if (fragments.stream().noneMatch(sentence::contains)) {
                    problems.add("line " + (i + 1) + ": " + sentence);
                }
            }
        }
        assertNone(problems, seed + ": sentences of " + seed.seedFile() + " no statement covers");
    }

    @ParameterizedTest
    @EnumSource(SeedInventory.class)
    void everyFieldTheFixtureFillsComesFromAStatementOfTheSeed(SeedInventory seed) {
        List<Statement> paths = seed.statements().stream().filter(s -> s.kind() == Kind.PATH).toList();
        List<String> problems = new ArrayList<>();
        RecordPath.leaves(seed.fixture(), (path, value) -> {
            if (isUnset(value) || NOT_FROM_THE_SEED.keySet().stream().anyMatch(p -> p.matcher(path).matches())) {
                return;
            }
            boolean mapped = paths.stream().anyMatch(s -> s.target().equals(path)
                    && (value instanceof String || s.key().equals(String.valueOf(value))));
            if (!mapped) {
                problems.add(path + " = " + value);
            }
        });
        assertNone(problems, seed + ": fixture fields that no statement of the seed maps to");
    }

    @ParameterizedTest
    @EnumSource(SeedInventory.class)
    void whatTheSeedDoesNotSayIsLeftEmpty(SeedInventory seed) {
        Notice notice = seed.fixture();
        List<String> problems = new ArrayList<>();
        UNSAID.get(seed).forEach((path, article) -> {
            Object value = RecordPath.resolve(notice, path);
            if (!isUnset(value) && !(value instanceof Collection<?> c && c.isEmpty())) {
                problems.add(path + " = " + value + " (" + article + ")");
            }
        });
        assertNone(problems, seed + ": fields filled although the seed does not say them");
    }

    @Test
    void theDomainGapsAreTheKnownOnes() {
        Map<String, List<String>> gaps = new TreeMap<>();
        for (SeedInventory seed : SeedInventory.values()) {
            seed.statements().stream().filter(s -> s.kind() == Kind.GAP)
                    .forEach(s -> gaps.computeIfAbsent(s.marker(), g -> new ArrayList<>()).add(s.id()));
        }
        gaps.forEach((gap, ids) -> System.out.println("Domain gap " + gap + " (" + String.join(", ", ids) + "): "
                + KNOWN_GAPS.getOrDefault(gap, "NOT KNOWN")));
        List<String> problems = new ArrayList<>();
        gaps.forEach((gap, ids) -> {
            if (!KNOWN_GAPS.containsKey(gap)) {
                problems.add("new gap " + gap + " in " + ids + ": add it to KNOWN_GAPS with a proposal, or map it");
            }
        });
        KNOWN_GAPS.keySet().stream().filter(gap -> !gaps.containsKey(gap)).sorted()
                .forEach(gap -> problems.add("no statement needs gap " + gap + " any more: remove it from KNOWN_GAPS"));
        assertNone(problems, "domain gaps");
    }

    private static String checkPath(Notice notice, Statement s) {
        Object value;
        try {
            value = RecordPath.resolve(notice, s.target());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return text.isBlank() ? "blank"
                    : SeedInventory.normalize(text).contains(s.expectedText()) ? null
                    : "'" + text + "' does not contain '" + s.expectedText() + "'";
        }
        if (value instanceof Record) {
            return "ends at a record; name a field (LocalizedText: .fi)";
        }
        if (s.key().isEmpty()) {
            return "a " + value.getClass().getSimpleName() + " needs its expected value in the key column";
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).anyMatch(s.key()::equals) ? null : c + " lacks " + s.key();
        }
        return String.valueOf(value).equals(s.key()) ? null : "is " + value + ", not " + s.key();
    }

    private static String checkGenerator(Notice notice, Statement s) {
        Generator generator = GENERATORS.get(s.marker());
        if (generator == null) {
            return "unknown generator, known: " + new TreeSet<>(GENERATORS.keySet());
        }
        return generator.applies().test(notice) ? null
                : "Seloste would not print it: the fixture lacks what drives it (" + generator.drivenBy() + ")";
    }

    private static boolean isUnset(Object value) {
        return value == null || value instanceof String text && text.isBlank() || Boolean.FALSE.equals(value)
                || UNSET.contains(value);
    }

    private static Stream<Register> registers(Notice notice) {
        return notice.registers().stream();
    }

    private static void assertNone(List<String> problems, String what) {
        if (!problems.isEmpty()) {
            fail(what + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
        }
    }
}
