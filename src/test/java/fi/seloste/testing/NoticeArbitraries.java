package fi.seloste.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
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
import fi.seloste.domain.SharedSectionsMerge.RegisterSections;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of notices for property tests: registers with every yes/no answer (not answered, yes, no),
 * systems from the catalogue and typed by the owner, with and without transfers (countries as ISO codes, and as an
 * older Seloste kept them typed), recipients of every kind, purposes with and without the marketing and tracking
 * marks, cookie inventories and consents. Owner texts come from a pool of realistic fi/sv/en texts, some translated
 * and some Finnish only, so properties of the exported text see both.
 */
public final class NoticeArbitraries {

    /** Owner texts written in all three languages. */
    public static final List<LocalizedText> TRANSLATED_TEXTS = List.of(
            new LocalizedText("Asiakassuhteen hoitaminen", "Skötsel av kundförhållandet", "Managing the customer relationship"),
            new LocalizedText("Ajanvaraus", "Tidsbokning", "Bookings"),
            new LocalizedText("Laskutus", "Fakturering", "Invoicing"),
            new LocalizedText("Uutiskirje", "Nyhetsbrev", "Newsletter"),
            new LocalizedText("Kohdennettu mainonta", "Riktad reklam", "Targeted advertising"),
            new LocalizedText("Kävijätilastot", "Besöksstatistik", "Visitor statistics"),
            new LocalizedText("Potilaskirjaukset", "Patientanteckningar", "Patient notes"));

    /** Owner texts the owner wrote in Finnish only. */
    public static final List<LocalizedText> FINNISH_ONLY_TEXTS = List.of(
            LocalizedText.finnish("Asiakastietojen ylläpito"),
            LocalizedText.finnish("Markkinointiviestit asiakkaille"),
            LocalizedText.finnish("Hoitohistoria"));

    private static final List<String> COUNTRY_CODES = List.of("US", "GB", "IL", "IN", "CA", "CH", "JP");
    private static final List<String> TYPED_COUNTRIES = List.of("Yhdysvallat", "Israel ja Yhdysvallat", "Jenkkilä", "");

    /** Catalogue ids as in systems.json, and null for a system the owner added herself. */
    private static final List<String> CATALOG_IDS = List.of("hubspot", "holvi", "vello", "diarium", "mailchimp",
            "google-analytics", "meta-pixel", "google-ads", "linkedin-insight-tag", "wix", "kanta");
    private static final List<String> SYSTEM_NAMES = List.of("HubSpot", "Holvi", "Vello", "Mailchimp", "Wix",
            "Meta-pikseli", "Google Ads", "Roundcube", "Ajas", "Kanta-palvelut");
    private static final List<String> RECIPIENT_NAMES = List.of("Verohallinto", "Tulorekisteri", "Tilitoimisto Oy",
            "Kirjanpitäjä UK Ltd", "Kanta", "Perintätoimisto");

    private NoticeArbitraries() {
    }

    public static Arbitrary<Answer> answers() {
        return Arbitraries.of(Answer.class);
    }

    public static Arbitrary<LocalizedText> ownerTexts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(TRANSLATED_TEXTS)),
                Tuple.of(1, Arbitraries.of(FINNISH_ONLY_TEXTS)),
                Tuple.of(1, Arbitraries.just(LocalizedText.EMPTY)));
    }

    /** A transfer to a country as an ISO code, mostly, or as an older Seloste kept it typed. */
    public static Arbitrary<Transfer> transfers() {
        Arbitrary<String> country = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(COUNTRY_CODES)),
                Tuple.of(1, Arbitraries.of(TYPED_COUNTRIES)));
        return Combinators.combine(country, Arbitraries.of(TransferSafeguard.class)).as(Transfer::new);
    }

    public static Arbitrary<SystemUse> systems() {
        return systems(transfers().list().ofMaxSize(2));
    }

    /** A system that sends data outside the EU/EEA: at least one transfer. */
    public static Arbitrary<SystemUse> transferringSystems() {
        return systems(transfers().list().ofMinSize(1).ofMaxSize(2));
    }

    private static Arbitrary<SystemUse> systems(Arbitrary<List<Transfer>> transfers) {
        Arbitrary<String> catalogId = Arbitraries.of(CATALOG_IDS).injectNull(0.3);
        Arbitrary<ProcessingRole> role = Arbitraries.of(ProcessingRole.class);
        return Combinators.combine(catalogId, Arbitraries.of(SYSTEM_NAMES), ownerTexts(), role, transfers)
                .as((id, name, usedFor, r, t) -> new SystemUse(id, name, "", usedFor, r, LocalizedText.EMPTY, t, "", null));
    }

    public static Arbitrary<Recipient> recipients() {
        return Combinators.combine(Arbitraries.of(RECIPIENT_NAMES), ownerTexts(), Arbitraries.of(RecipientKind.class),
                transfers().list().ofMaxSize(1)).as((name, description, kind, t) -> new Recipient(LocalizedText.finnish(name), description, kind, t));
    }

    public static Arbitrary<Purpose> purposes() {
        Arbitrary<LegalBasis> basis = Arbitraries.of(LegalBasis.class).injectNull(0.1);
        return Combinators.combine(ownerTexts(), basis, ownerTexts(), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Purpose::new);
    }

    public static Arbitrary<CookieEntry> cookieEntries() {
        return Combinators.combine(Arbitraries.of("_ga", "PHPSESSID", "_fbp", "cookieconsent"),
                Arbitraries.of("Google", "Ajas", "Meta", "Wix"), ownerTexts(), Arbitraries.of(CookieCategory.class),
                Arbitraries.of(new LocalizedText("2 vuotta", "2 år", "2 years"), LocalizedText.finnish("istunto")))
                .as(CookieEntry::new);
    }

    public static Arbitrary<Cookies> cookies() {
        Arbitrary<LocalizedText> description = Arbitraries.of(LocalizedText.EMPTY,
                new LocalizedText("Käytämme evästeitä.", "Vi använder kakor.", "We use cookies."),
                LocalizedText.finnish("Voit estää evästeet selaimen asetuksista."));
        return Combinators.combine(answers(), cookieEntries().list().ofMaxSize(3), Arbitraries.of(CookieConsent.class),
                description).as(Cookies::new);
    }

    public static Arbitrary<AutomatedDecisions> automatedDecisions() {
        return Combinators.combine(answers(), answers(), ownerTexts(), ownerTexts()).as(AutomatedDecisions::new);
    }

    public static Arbitrary<DataCategory> dataCategories() {
        Arbitrary<DataCategory> ordinary = Arbitraries.of(
                DataCategory.ordinary("name", new LocalizedText("Nimi", "Namn", "Name")),
                DataCategory.ordinary("email", new LocalizedText("Sähköpostiosoite", "E-postadress", "Email address")),
                DataCategory.ordinary(DataCategory.PERSONAL_IDENTITY_CODE,
                        new LocalizedText("Henkilötunnus", "Personbeteckning", "Personal identity code")),
                DataCategory.ordinary(null, LocalizedText.finnish("Hoitohistoria")));
        Arbitrary<DataCategory> special = Combinators.combine(Arbitraries.of(SpecialCategory.HEALTH,
                SpecialCategory.BIOMETRIC), Arbitraries.of(Article9Condition.class).injectNull(0.2))
                .as((category, condition) -> new DataCategory("health",
                        new LocalizedText("Terveystiedot", "Hälsouppgifter", "Health data"), category, condition));
        return Arbitraries.oneOf(ordinary, special);
    }

    public static Arbitrary<RetentionRule> retentionRules() {
        return Combinators.combine(Arbitraries.of(RetentionCriterion.class), Arbitraries.integers().between(0, 10)
                .injectNull(0.2), ownerTexts()).as((criterion, years, details) ->
                new RetentionRule(LocalizedText.EMPTY, criterion, years, details));
    }

    /**
     * A register with the given id and everything else random, with systems, security and cookies of its own as an
     * older Seloste kept them; {@link #notice} makes them the business's.
     */
    public static Arbitrary<RegisterSections> registers(long id) {
        return Combinators.combine(registerOnly(id), systems().list().ofMaxSize(3), cookies())
                .as((register, systems, cookies) -> new RegisterSections(register, systems,
                        new Security(EnumSet.of(SecurityMeasure.PERSONAL_ACCOUNTS), LocalizedText.EMPTY, LocalizedText.EMPTY),
                        cookies));
    }

    private static Arbitrary<Register> registerOnly(long id) {
        return Builders.withBuilder(() -> Register.empty(id, RegisterTemplate.BLANK,
                        new LocalizedText("Asiakasrekisteri", "Kundregister", "Customer register")).toBuilder())
                .use(purposes().list().ofMaxSize(3)).in(Register.Builder::purposes)
                .use(Arbitraries.just(List.of(new DataSubjectGroup("customers",
                        new LocalizedText("Asiakkaat", "Kunder", "Customers"))))).in(Register.Builder::dataSubjects)
                .use(dataCategories().list().ofMinSize(1).ofMaxSize(3)).in(Register.Builder::dataCategories)
                .use(Arbitraries.of(SourceKind.class).map(kind -> List.of(new DataSource(kind, LocalizedText.EMPTY,
                        kind.isPublicRegister())))).in(Register.Builder::sources)
                .use(recipients().list().ofMaxSize(2)).in(Register.Builder::recipients)
                .use(retentionRules().list().ofMinSize(1).ofMaxSize(2)).in(Register.Builder::retention)
                .use(automatedDecisions()).in(Register.Builder::automatedDecisions)
                .use(Arbitraries.of(ProvisionRequirement.class).map(requirement -> new Provision(requirement,
                        LocalizedText.finnish("Emme voi palvella sinua")))).in(Register.Builder::provision)
                .use(answers()).in(Register.Builder::transfersOutsideEea)
                .use(answers()).in(Register.Builder::otherDisclosures)
                .build(Register.Builder::build);
    }

    /** A register in which the given system is used among the others. */
    public static Arbitrary<RegisterSections> registersWith(long id, Arbitrary<SystemUse> system) {
        return Combinators.combine(registers(id), system, Arbitraries.integers().between(0, 3))
                .as((register, extra, at) -> {
                    List<SystemUse> systems = new ArrayList<>(register.systems());
                    systems.add(Math.min(at, systems.size()), extra);
                    return new RegisterSections(register.register(), systems, register.security(), register.cookies());
                });
    }

    /** A notice of the sample controller with one to three registers, ids 1, 2, 3, in one or more languages. */
    public static Arbitrary<Notice> notices() {
        Arbitrary<List<RegisterSections>> registers = Arbitraries.integers().between(1, 3).flatMap(count ->
                Combinators.combine(LongStream.rangeClosed(1, count)
                        .mapToObj(NoticeArbitraries::registers).toList()).as(List::copyOf));
        return Combinators.combine(registers, languages()).as(NoticeArbitraries::notice);
    }

    /** A notice of the sample controller, contact person and officer with these registers and languages. */
    public static Notice notice(List<RegisterSections> registers, Set<Language> languages) {
        NoticeSettings sample = SampleNotices.settings();
        NoticeSettings settings = new NoticeSettings(languages, LocalDate.of(2027, 11, 1), sample.introduction(),
                sample.rightsInstructions());
        return OwnSections.notice(Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(),
                SampleNotices.dataProtectionOfficer(), settings, List.of()), registers);
    }

    public static Arbitrary<Set<Language>> languages() {
        return Arbitraries.of(Language.class).set().ofMinSize(1).ofMaxSize(3);
    }
}
