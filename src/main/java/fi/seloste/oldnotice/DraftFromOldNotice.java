package fi.seloste.oldnotice;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Controller;
import fi.seloste.domain.CookieCategory;
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
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A draft {@link Notice} from what was read of an old notice: one register, every placed value in its field, the
 * text's words in the notice's language, nothing else. This is the one class that knows where the domain keeps
 * systems, security measures and cookies, which are the business's (see {@link #placeSystemsSecurityAndCookies}).
 */
public final class DraftFromOldNotice {

    /** The register id a new client file's only register gets; the store keeps it. */
    static final long REGISTER_ID = 1;
    private static final Pattern MARKETING = Pattern.compile("(?iU)markkinoin|uutiskirje|marknadsför|nyhetsbrev|marketing|newsletter");
    private static final Pattern IDENTITY_CODE = Pattern.compile("(?iU)henkilötunnus|personbeteckning|personal identity code");

    private DraftFromOldNotice() {
    }

    /**
     * The draft: one register for each the notice sets apart (in its order, ids from {@link #REGISTER_ID} up), each
     * with the values of its own part; the business's values once.
     */
    public static Notice draft(OldNoticeReading reading) {
        List<Register> registers = new ArrayList<>();
        for (int place = 0; place < reading.registers(); place++) {
            registers.add(register(reading.ofRegister(place), registerId(place)));
        }
        Language language = reading.language();
        Notice notice = Notice.withoutSharedSections(controller(reading), person(reading, FactField.CONTACT_NAME, FactField.CONTACT_ROLE,
                FactField.CONTACT_EMAIL, FactField.CONTACT_PHONE, FactField.CONTACT_STREET, FactField.CONTACT_POSTAL_CODE,
                FactField.CONTACT_TOWN, language),
                person(reading, FactField.DPO_NAME, null, FactField.DPO_EMAIL, FactField.DPO_PHONE, null, null, null, language),
                new NoticeSettings(Set.of(language), null, LocalizedText.EMPTY, LocalizedText.EMPTY), registers);
        return placeSystemsSecurityAndCookies(notice, reading, security(reading), cookies(reading));
    }

    /** The id of the register at this place among those the notice sets apart. */
    static long registerId(int place) {
        return REGISTER_ID + place;
    }

    private static Register register(OldNoticeReading reading, long id) {
        Language language = reading.language();
        return Register.empty(id, RegisterTemplate.BLANK, text(reading.first(FactField.REGISTER_NAME), language))
                .toBuilder()
                .purposes(purposes(reading, language))
                .dataSubjects(reading.placed(FactField.DATA_SUBJECT).stream()
                        .map(f -> new DataSubjectGroup(null, text(f.value(), language))).toList())
                .dataCategories(categories(reading, language))
                .sources(reading.placed(FactField.SOURCE).stream().map(f -> SourceKind.valueOf(f.value()))
                        .map(kind -> new DataSource(kind, LocalizedText.EMPTY, kind.isPublicRegister())).toList())
                .retention(reading.placed(FactField.RETENTION).stream().map(f -> RetentionValue.parse(f.value()))
                        .map(r -> new RetentionRule(LocalizedText.EMPTY, r.criterion(), r.years(), LocalizedText.EMPTY)).toList())
                .automatedDecisions(AutomatedDecisions.NONE.withDecisions(answer(reading, FactField.AUTOMATED_DECISIONS))
                        .withProfiling(answer(reading, FactField.PROFILING)))
                .recipients(recipients(reading, language))
                .transfersOutsideEea(answer(reading, FactField.TRANSFERS_OUTSIDE_EEA))
                .otherDisclosures(answer(reading, FactField.OTHER_DISCLOSURES))
                .build();
    }

    /**
     * Systems, security and cookies are the business's (docs/decisions/0021): the systems the text names are the
     * business's, each holding the data of the registers in whose parts the text names it (a system named in two
     * parts is one system of both); the statutory recipients the catalogue lists among them (the tulorekisteri) are
     * those registers' recipients, after the recipients the text names, since the law makes them a disclosure.
     */
    private static Notice placeSystemsSecurityAndCookies(Notice notice, OldNoticeReading reading, Security security, Cookies cookies) {
        java.util.Map<String, Set<Long>> usedBy = new java.util.LinkedHashMap<>();
        java.util.Map<String, SystemUse> systems = new java.util.LinkedHashMap<>();
        java.util.Map<Long, List<Recipient>> statutory = new java.util.HashMap<>();
        for (int place = 0; place < reading.registers(); place++) {
            long id = registerId(place);
            CatalogueChoices choices = systems(reading.ofRegister(place));
            for (SystemUse system : choices.systems()) {
                systems.putIfAbsent(system.catalogId(), system);
                usedBy.computeIfAbsent(system.catalogId(), k -> new java.util.LinkedHashSet<>()).add(id);
            }
            statutory.put(id, choices.statutoryRecipients());
        }
        Notice result = notice;
        for (var system : systems.entrySet()) {
            result = result.withSystemAdded(system.getValue(), usedBy.get(system.getKey()));
        }
        List<Register> registers = result.registers().stream().map(r -> {
            List<Recipient> recipients = new ArrayList<>(r.recipients());
            recipients.addAll(statutory.getOrDefault(r.id(), List.of()));
            return r.toBuilder().recipients(recipients).build();
        }).toList();
        return result.withRegisters(registers).withSecurity(security).withCookies(cookies);
    }

    /** The catalogue's systems the text names, and those the law makes a disclosure (the tulorekisteri). */
    private record CatalogueChoices(List<SystemUse> systems, List<Recipient> statutoryRecipients) {
    }

    private static CatalogueChoices systems(OldNoticeReading reading) {
        List<SystemUse> systems = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>();
        for (PlacedFact fact : reading.placed(FactField.SYSTEM)) {
            Optional<CatalogueSystem> entry = Catalogues.system(fact.value());
            entry.ifPresent(e -> {
                if (e.statutory()) {
                    recipients.add(e.toRecipient());
                } else {
                    systems.add(e.needsHostingProvider() ? e.toSystemUse().withVendor("") : e.toSystemUse());
                }
            });
        }
        return new CatalogueChoices(systems, recipients);
    }

    private static Security security(OldNoticeReading reading) {
        Set<SecurityMeasure> measures = EnumSet.noneOf(SecurityMeasure.class);
        reading.placed(FactField.SECURITY_MEASURE).forEach(f -> measures.add(SecurityMeasure.valueOf(f.value())));
        return Security.NONE.withMeasures(measures);
    }

    /**
     * The cookies the text names, each with the category and the lifetime the text gives it; who sets it and what
     * it is for stay empty and the category not chosen where the text does not say, for the owner to fill.
     */
    private static Cookies cookies(OldNoticeReading reading) {
        Language language = reading.language();
        List<CookieEntry> inventory = reading.placed(FactField.COOKIE).stream().map(f -> {
            CookieCategory category = detail(reading, FactField.COOKIE_CATEGORY, f.value()).map(CookieCategory::valueOf)
                    .orElse(CookieCategory.NOT_CHOSEN);
            LocalizedText lifetime = detail(reading, FactField.COOKIE_LIFETIME, f.value()).map(l -> text(l, language))
                    .orElse(LocalizedText.EMPTY);
            return new CookieEntry(f.value(), "", LocalizedText.EMPTY, category, lifetime);
        }).toList();
        return Cookies.NONE.withUsed(answer(reading, FactField.COOKIES_USED)).withInventory(inventory);
    }

    /** The value after "name|" of the first fact of the field about this name. */
    static Optional<String> detail(OldNoticeReading reading, FactField field, String name) {
        return reading.placed(field).stream().map(PlacedFact::value).filter(v -> v.startsWith(name + "|"))
                .map(v -> v.substring(name.length() + 1)).findFirst();
    }

    /**
     * The recipients the text names, of the kind their sentence gives (on request, by law, if the business is sold,
     * else regular), each with the countries outside the EU/EEA the text says it gets the data in; a transfer's
     * safeguard only when the text names it, else not chosen, for the completeness check to ask.
     */
    private static List<Recipient> recipients(OldNoticeReading reading, Language language) {
        List<Recipient> recipients = new ArrayList<>();
        for (PlacedFact fact : reading.placed(FactField.RECIPIENT)) {
            List<Transfer> transfers = reading.placed(FactField.RECIPIENT_TRANSFER).stream()
                    .map(t -> t.value().split("\\|"))
                    .filter(parts -> parts[0].equals(fact.value()))
                    .map(parts -> new Transfer(parts[1], parts.length > 2 ? TransferSafeguard.valueOf(parts[2]) : TransferSafeguard.NONE))
                    .toList();
            recipients.add(new Recipient(text(fact.value(), language), LocalizedText.EMPTY,
                    RecipientWordings.kind(fact.sentence()), transfers));
        }
        return recipients;
    }

    private static Controller controller(OldNoticeReading reading) {
        return new Controller(value(reading, FactField.CONTROLLER_NAME), value(reading, FactField.CONTROLLER_BUSINESS_ID),
                new PostalAddress(value(reading, FactField.CONTROLLER_STREET), value(reading, FactField.CONTROLLER_POSTAL_CODE),
                        value(reading, FactField.CONTROLLER_TOWN)),
                value(reading, FactField.CONTROLLER_PHONE), value(reading, FactField.CONTROLLER_EMAIL),
                value(reading, FactField.CONTROLLER_WEBSITE));
    }

    /** The person the fields give, or null when the text names none of them. */
    private static Person person(OldNoticeReading reading, FactField name, FactField role, FactField email, FactField phone,
                                 FactField street, FactField postalCode, FactField town, Language language) {
        Person person = new Person(value(reading, name), role == null ? LocalizedText.EMPTY : text(reading.first(role), language),
                value(reading, email), value(reading, phone),
                new PostalAddress(value(reading, street), value(reading, postalCode), value(reading, town)));
        boolean any = java.util.stream.Stream.of(person.name(), person.email(), person.phone(), person.address().street(),
                person.address().postalCode(), person.address().town()).anyMatch(s -> !s.isBlank())
                || !person.title().isBlank();
        return any ? person : null;
    }

    /**
     * Each purpose with the basis its own sentence names when it names exactly one (a relative clause, "…, joka
     * perustuu suostumukseen", gives it to the purpose just before it only); a purpose whose sentence names none
     * takes the basis a sentence without purposes names, when that is the only one (the recogniser places no other).
     * Otherwise the basis stays empty: the wizard asks the owner for it.
     */
    private static List<Purpose> purposes(OldNoticeReading reading, Language language) {
        List<PlacedFact> purposes = reading.placed(FactField.PURPOSE);
        List<PlacedFact> bases = reading.placed(FactField.LEGAL_BASIS);
        List<String> loose = bases.stream().filter(b -> purposes.stream().noneMatch(p -> p.sentence().equals(b.sentence())))
                .map(PlacedFact::value).distinct().toList();
        List<Purpose> result = new ArrayList<>();
        for (PlacedFact purpose : purposes) {
            List<String> own = LegalBasisWordings.bases(purpose.sentence());
            LegalBasis basis;
            if (own.isEmpty()) {
                basis = loose.size() == 1 ? LegalBasis.valueOf(loose.get(0)) : null;
            } else if (own.size() == 1 && (!LegalBasisWordings.givenByRelativeClause(purpose.sentence())
                    || LegalBasisWordings.relativeClauseFollows(purpose.sentence(), purpose.value()))) {
                basis = LegalBasis.valueOf(own.get(0));
            } else {
                basis = null;
            }
            result.add(new Purpose(text(purpose.value(), language), basis, LocalizedText.EMPTY,
                    MARKETING.matcher(purpose.value()).find(), false));
        }
        if (purposes.isEmpty()) {
            loose.forEach(b -> result.add(new Purpose(LocalizedText.EMPTY, LegalBasis.valueOf(b), LocalizedText.EMPTY)));
        }
        return result;
    }

    private static List<DataCategory> categories(OldNoticeReading reading, Language language) {
        Set<String> optional = new java.util.HashSet<>();
        reading.placed(FactField.DATA_CATEGORY_OPTIONAL).forEach(f -> optional.add(f.value().toLowerCase(Locale.ROOT)));
        return reading.placed(FactField.DATA_CATEGORY).stream().map(f -> {
            String key = IDENTITY_CODE.matcher(f.value()).matches() ? DataCategory.PERSONAL_IDENTITY_CODE : null;
            return new DataCategory(key, text(f.value(), language), null, null, optional.contains(f.value().toLowerCase(Locale.ROOT)));
        }).toList();
    }

    private static Answer answer(OldNoticeReading reading, FactField field) {
        return reading.first(field).map(Answer::valueOf).orElse(Answer.NOT_ANSWERED);
    }

    private static String value(OldNoticeReading reading, FactField field) {
        return field == null ? "" : reading.first(field).orElse("");
    }

    private static LocalizedText text(Optional<String> value, Language language) {
        return value.map(v -> text(v, language)).orElse(LocalizedText.EMPTY);
    }

    private static LocalizedText text(String value, Language language) {
        return LocalizedText.EMPTY.with(language, value);
    }
}
