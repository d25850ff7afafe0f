package fi.seloste.oldnotice;

import fi.seloste.domain.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the text of an old notice into an {@link OldNoticeReading}: sections by their headings, then in each
 * sentence the values its section and its wording give. A value is placed only where the text says it; a sentence
 * that gives none is unplaced, a statement the law no longer supports is flagged and gives nothing.
 */
public final class OldNoticeRecogniser {

    private static final Pattern CONDITIONAL = Pattern.compile("(?iU)^(?:jos|mikäli|om|ifall|if|in case)\\b");
    /** Parts that say nothing of the register's data themselves: before any heading, the contact blocks, others. */
    private static final Set<NoticeSection> NO_SUBJECT = EnumSet.of(NoticeSection.NONE, NoticeSection.CONTROLLER,
            NoticeSection.CONTACT, NoticeSection.DATA_PROTECTION_OFFICER, NoticeSection.OTHER);
    private static final Set<NoticeSection> BLOCKS = EnumSet.of(NoticeSection.CONTROLLER, NoticeSection.CONTACT,
            NoticeSection.DATA_PROTECTION_OFFICER, NoticeSection.REGISTER_NAME);

    private final List<PlacedFact> placed = new ArrayList<>();
    private final Set<String> placedKeys = new LinkedHashSet<>();
    private final List<UnplacedStatement> unplaced = new ArrayList<>();
    private final List<OutdatedStatement> outdated = new ArrayList<>();

    /** The registers in which a sentence of the purposes named more than one basis. */
    private final Set<Integer> basesOfSeveral = new java.util.HashSet<>();
    /** The lead-in ending in a colon before the bullets being read, or "". */
    private String leadIn = "";
    /** The place of the register whose part is being read: the notice may set several apart. */
    private int register;

    private OldNoticeRecogniser() {
    }

    public static OldNoticeReading read(String text) {
        OldNoticeRecogniser recogniser = new OldNoticeRecogniser();
        recogniser.readAll(text);
        recogniser.unplaceBasesNoPurposeTakes();
        return new OldNoticeReading(NoticeLanguage.of(text), recogniser.placed, recogniser.unplaced, recogniser.outdated);
    }

    private void readAll(String text) {
        Set<NoticeSection> current = EnumSet.of(NoticeSection.NONE);
        boolean beforeFirstHeading = true;
        int inSection = 0;
        // What a lead-in ending in a colon says of the bullets after it: a list of data, given only sometimes.
        Set<NoticeSection> listOf = EnumSet.noneOf(NoticeSection.class);
        boolean listOptional = false;
        boolean afterColonHeading = false;
        for (String paragraph : Paragraphs.of(text)) {
            boolean bullet = Paragraphs.isBullet(paragraph);
            if (!bullet) {
                listOf = EnumSet.noneOf(NoticeSection.class);
                listOptional = false;
                leadIn = "";
            }
            Optional<String> registerHeading = current.contains(NoticeSection.REGISTER_NAME) ? Optional.empty()
                    : Headings.registerHeading(paragraph);
            if (registerHeading.isPresent()) {
                // "Markkinointirekisteri" after the customer register's part: the next register's part begins.
                startRegister(registerHeading.get(), paragraph, registerNamed());
                current = EnumSet.of(NoticeSection.NONE);
                beforeFirstHeading = false;
                inSection = 0;
                continue;
            }
            Optional<Headings.Heading> heading = Headings.heading(paragraph, beforeFirstHeading);
            if (heading.isPresent() && afterColonHeading && !paragraph.endsWith(":") && !Headings.numbered(paragraph)) {
                // "Grund för behandlingen:" announces its values: "Kundförhållandet mellan den registeransvarige och kunden" is one.
                heading = Optional.empty();
            }
            afterColonHeading = heading.isPresent() && paragraph.endsWith(":");
            if (heading.isPresent()) {
                // "Henkilötietolain 10 §:n mukainen rekisteriseloste" as the title: the title is flagged, and gives nothing.
                OutdatedWordings.reason(paragraph, paragraph).ifPresent(r -> outdated.add(new OutdatedStatement(paragraph, r)));
                if (!heading.get().title()) {
                    current = heading.get().sections();
                    beforeFirstHeading = false;
                    inSection = 0;
                }
                continue;
            }
            Optional<Headings.Label> label = Headings.label(paragraph);
            Set<NoticeSection> sections = label.map(Headings.Label::sections).orElse(current);
            String body = label.map(Headings.Label::value).orElse(paragraph);
            if (label.isPresent() && !Headings.heading(paragraph.substring(0, paragraph.indexOf(':')), false).isEmpty()
                    && BLOCKS.stream().anyMatch(sections::contains)) {
                // "Rekisterinpitäjä: Helmenloiste" opens the section for the lines that follow, as a heading would.
                current = sections;
                beforeFirstHeading = false;
                inSection = 0;
            }
            if (bullet && !listOf.isEmpty()) {
                sections = EnumSet.copyOf(listOf);
            }
            if (BLOCKS.stream().anyMatch(sections::contains)) {
                readBlockLine(body, paragraph, sections, inSection);
            } else {
                for (String sentence : Sentences.of(body)) {
                    readSentence(sentence, paragraph, sections, bullet, bullet && listOptional);
                }
            }
            if (!bullet && paragraph.endsWith(":")) {
                leadIn = paragraph.substring(0, paragraph.length() - 1);
                listOptional = ListWordings.optionalIntro(paragraph);
                // "Potilasrekisteri sisältää:" where no heading says what the part is about: a list of data follows.
                boolean noSubject = current.stream().allMatch(NO_SUBJECT::contains);
                listOf = noSubject && ListWordings.contentIntro(paragraph) ? EnumSet.of(NoticeSection.CONTENT) : EnumSet.noneOf(NoticeSection.class);
            }
            inSection++;
        }
    }

    /** A line of the controller's, the contact's or the officer's block, or the register's name. */
    private void readBlockLine(String line, String original, Set<NoticeSection> sections, int inSection) {
        Optional<OutdatedStatement.Reason> reason = OutdatedWordings.reason(original, original);
        if (reason.isPresent()) {
            outdated.add(new OutdatedStatement(original, reason.get()));
            return;
        }
        List<PlacedFact> facts = new ArrayList<>();
        boolean invalidId = false;
        if (sections.contains(NoticeSection.REGISTER_NAME)) {
            if (inSection > 0 || line.split("\\s+").length > 15) {
                Sentences.of(line).forEach(sentence -> readSentence(sentence, original, sections, false));
                return;
            }
            // A second "Rekisterin nimi" after a register named already begins the next register's part, unless it repeats it.
            if (registerNamed() && !namedSo(ContactLines.trimPunctuation(line))) {
                register++;
            }
            facts.add(new PlacedFact(FactField.REGISTER_NAME, ContactLines.trimPunctuation(line), original));
        } else {
            ContactLines.Fields fields = sections.contains(NoticeSection.DATA_PROTECTION_OFFICER) ? ContactLines.OFFICER
                    : sections.contains(NoticeSection.CONTACT) ? ContactLines.CONTACT : ContactLines.CONTROLLER;
            ContactLines.Result result = ContactLines.read(line, original, fields, true);
            facts.addAll(result.facts());
            invalidId = result.invalidBusinessId();
            if (facts.isEmpty() && !invalidId) {
                for (String sentence : Sentences.of(line)) {
                    readSentence(sentence, original, sections, false);
                }
                return;
            }
        }
        boolean anyPlaced = place(facts);
        if (invalidId) {
            unplaced.add(new UnplacedStatement(original, first(sections), UnplacedStatement.Reason.INVALID_BUSINESS_ID));
        } else if (!anyPlaced) {
            unplaced.add(new UnplacedStatement(original, first(sections),
                    facts.isEmpty() ? UnplacedStatement.Reason.NOT_RECOGNISED : UnplacedStatement.Reason.SECOND_VALUE));
        }
    }

    private void readSentence(String sentence, String paragraph, Set<NoticeSection> sections, boolean bullet) {
        readSentence(sentence, paragraph, sections, bullet, false);
    }

    private void readSentence(String sentence, String paragraph, Set<NoticeSection> sections, boolean bullet, boolean optionalList) {
        Optional<OutdatedStatement.Reason> reason = OutdatedWordings.reason(sentence, paragraph);
        if (reason.isPresent()) {
            outdated.add(new OutdatedStatement(sentence, reason.get()));
            return;
        }
        if (CONDITIONAL.matcher(sentence).find()) {
            unplaced.add(new UnplacedStatement(sentence, first(sections), UnplacedStatement.Reason.CONDITIONAL));
            return;
        }
        List<PlacedFact> facts = new ArrayList<>();
        boolean purposePart = sections.contains(NoticeSection.PURPOSE);
        if (purposePart || sections.stream().allMatch(NO_SUBJECT::contains) && LegalBasisWordings.namesTheBasis(sentence)) {
            // Without a heading of the purposes, "Tietojen kerääminen perustuu lakisääteiseen velvoitteeseen" still names the basis.
            if (purposePart) {
                PurposeWordings.purposes(sentence).forEach(p -> facts.add(new PlacedFact(FactField.PURPOSE, p, sentence)));
            }
            List<String> bases = LegalBasisWordings.bases(sentence);
            if (bases.size() == 1) {
                facts.add(new PlacedFact(FactField.LEGAL_BASIS, bases.get(0), sentence));
            } else if (bases.size() > 1) {
                // "Oikeusperuste on sopimus ja suoramarkkinoinnissa oikeutettu etu": which purpose has which is the owner's to say.
                basesOfSeveral.add(register);
            }
        }
        if (bullet && sections.contains(NoticeSection.PURPOSE) && facts.isEmpty() && ListWordings.isShortItem(sentence)) {
            facts.add(new PlacedFact(FactField.PURPOSE, ContactLines.trimPunctuation(sentence), sentence));
        }
        if (sections.stream().allMatch(NO_SUBJECT::contains)) {
            ListWordings.subjectsAnywhere(sentence).forEach(s -> facts.add(new PlacedFact(FactField.DATA_SUBJECT, s, sentence)));
        }
        if (sections.contains(NoticeSection.SUBJECTS)) {
            List<String> subjects = ListWordings.subjects(sentence);
            if (subjects.isEmpty() && bullet && !sections.contains(NoticeSection.CONTENT) && ListWordings.isShortItem(sentence)) {
                subjects = List.of(ContactLines.trimPunctuation(sentence));
            }
            subjects.forEach(s -> facts.add(new PlacedFact(FactField.DATA_SUBJECT, s, sentence)));
        }
        if (sections.contains(NoticeSection.CONTENT) || sections.contains(NoticeSection.SUBJECTS)) {
            List<ListWordings.Item> items = ListWordings.categories(sentence);
            if (items.isEmpty() && sections.contains(NoticeSection.CONTENT)) {
                items = bullet && ListWordings.isShortItem(sentence) ? ListWordings.bulletItems(sentence) : ListWordings.bareList(sentence);
            }
            for (ListWordings.Item item : items) {
                facts.add(new PlacedFact(FactField.DATA_CATEGORY, item.label(), sentence));
                if (item.optional() || optionalList) {
                    facts.add(new PlacedFact(FactField.DATA_CATEGORY_OPTIONAL, item.label(), sentence));
                }
            }
        }
        ListWordings.ipAddress(sentence).ifPresent(ip -> facts.add(new PlacedFact(FactField.DATA_CATEGORY, ip, sentence)));
        // "Tietoja kerätään:" and then "• asiakkaalta itseltään": the lead-in's verb is each bullet's.
        String withLeadIn = bullet && !leadIn.isEmpty() ? leadIn + " " + sentence : sentence;
        SourceWordings.sources(withLeadIn, sections).forEach(s -> facts.add(new PlacedFact(FactField.SOURCE, s, sentence)));
        if (sections.contains(NoticeSection.RETENTION) || RetentionWordings.aboutKeeping(sentence)) {
            RetentionWordings.periods(sentence).forEach(r -> facts.add(new PlacedFact(FactField.RETENTION, r.value(), sentence)));
        }
        SecurityWordings.measures(sentence, sections.contains(NoticeSection.SECURITY))
                .forEach(m -> facts.add(new PlacedFact(FactField.SECURITY_MEASURE, m, sentence)));
        facts.addAll(AnswerWordings.answers(sentence));
        facts.addAll(ContactLines.contactNamedIn(sentence));
        List<String> systems = CatalogueMentions.systems(sentence);
        systems.forEach(id -> facts.add(new PlacedFact(FactField.SYSTEM, id, sentence)));
        boolean disclosures = sections.contains(NoticeSection.DISCLOSURES) || sections.contains(NoticeSection.TRANSFERS);
        List<RecipientWordings.Name> recipients = RecipientWordings.recipients(sentence, disclosures);
        recipients.forEach(n -> facts.add(new PlacedFact(FactField.RECIPIENT, n.name(), sentence)));
        boolean countryLeft = transfers(sentence, disclosures, recipients, !systems.isEmpty(), facts);
        cookies(sentence, paragraph, sections.contains(NoticeSection.COOKIES), facts);
        if (!place(facts)) {
            unplaced.add(new UnplacedStatement(sentence, first(sections), facts.isEmpty()
                    ? UnplacedStatement.Reason.NOT_RECOGNISED : UnplacedStatement.Reason.SECOND_VALUE));
        } else if (countryLeft) {
            unplaced.add(new UnplacedStatement(sentence, first(sections), UnplacedStatement.Reason.COUNTRY_WITHOUT_RECIPIENT));
        }
    }

    private static final Pattern ABOUT_DATA = Pattern.compile("(?iU)tieto|tiedot|tietoja|palvelim|\\bdata\\b|uppgift|server");

    /**
     * The countries outside the EU/EEA the sentence sends data to: a transfer (the question answered yes), and each
     * country on the one recipient the sentence names, with the safeguard the sentence names if any. True when the
     * sentence names a country but no recipient or system it could belong to, for the owner to place.
     */
    private static boolean transfers(String sentence, boolean disclosures, List<RecipientWordings.Name> recipients,
                                     boolean namesSystem, List<PlacedFact> facts) {
        if (!disclosures && !ABOUT_DATA.matcher(sentence).find()) {
            return false;
        }
        List<String> countries = CountryWordings.countries(sentence);
        if (countries.isEmpty()) {
            return false;
        }
        if (facts.stream().noneMatch(f -> f.field() == FactField.TRANSFERS_OUTSIDE_EEA)) {
            facts.add(new PlacedFact(FactField.TRANSFERS_OUTSIDE_EEA, fi.seloste.domain.Answer.YES.name(), sentence));
        }
        if (recipients.size() != 1) {
            return !namesSystem || !recipients.isEmpty();
        }
        String safeguard = CountryWordings.safeguard(sentence).map(s -> "|" + s).orElse("");
        countries.forEach(code -> facts.add(new PlacedFact(FactField.RECIPIENT_TRANSFER,
                recipients.get(0).name() + "|" + code + safeguard, sentence)));
        return false;
    }

    /** The cookies the sentence names, the category it gives them all and the lifetime it gives the one it names. */
    private static void cookies(String sentence, String paragraph, boolean cookieSection, List<PlacedFact> facts) {
        List<String> names = CookieWordings.names(sentence, cookieSection);
        if (names.isEmpty()) {
            return;
        }
        if (facts.stream().noneMatch(f -> f.field() == FactField.COOKIES_USED)) {
            facts.add(new PlacedFact(FactField.COOKIES_USED, fi.seloste.domain.Answer.YES.name(), sentence));
        }
        // "Käytämme analytiikkaevästeitä: _ga ja _gid": the label before the colon says what the names after it are.
        int colon = paragraph.indexOf(':');
        boolean labelled = colon >= 0 && paragraph.indexOf(sentence) > colon && Sentences.of(paragraph).size() == 1;
        java.util.Optional<String> category = CookieWordings.category(sentence)
                .or(() -> labelled ? CookieWordings.category(paragraph) : java.util.Optional.empty());
        java.util.Optional<String> lifetime = names.size() == 1 ? CookieWordings.lifetime(sentence) : java.util.Optional.empty();
        for (String name : names) {
            facts.add(new PlacedFact(FactField.COOKIE, name, sentence));
            category.ifPresent(c -> facts.add(new PlacedFact(FactField.COOKIE_CATEGORY, name + "|" + c, sentence)));
            lifetime.ifPresent(l -> facts.add(new PlacedFact(FactField.COOKIE_LIFETIME, name + "|" + l, sentence)));
        }
    }

    /**
     * A basis in a sentence without a purpose goes to the purposes whose own sentence names none only when it is the
     * one such basis and no sentence of the purposes named several; otherwise it goes nowhere, so it is not placed
     * and its sentence is listed for the owner (unless the sentence gave something else).
     */
    private void unplaceBasesNoPurposeTakes() {
        for (int r = 0; r <= register; r++) {
            unplaceBasesNoPurposeTakes(r);
        }
    }

    private void unplaceBasesNoPurposeTakes(int inRegister) {
        Set<String> purposeSentences = new java.util.HashSet<>();
        placed.stream().filter(p -> p.field() == FactField.PURPOSE && p.register() == inRegister).forEach(p -> purposeSentences.add(p.sentence()));
        List<PlacedFact> loose = placed.stream().filter(p -> p.register() == inRegister)
                .filter(p -> p.field() == FactField.LEGAL_BASIS && !purposeSentences.contains(p.sentence())).toList();
        boolean purposesTakeIt = loose.stream().map(PlacedFact::value).distinct().count() == 1 && !basesOfSeveral.contains(inRegister);
        if (purposeSentences.isEmpty() || purposesTakeIt) {
            return;
        }
        for (PlacedFact basis : loose) {
            placed.remove(basis);
            placedKeys.remove(key(basis));
            if (placed.stream().noneMatch(p -> p.sentence().equals(basis.sentence()))) {
                unplaced.add(new UnplacedStatement(basis.sentence(), NoticeSection.PURPOSE, UnplacedStatement.Reason.NOT_RECOGNISED));
            }
        }
    }

    /** Whether the register being read has its name already: a register's heading after it begins the next one. */
    private boolean registerNamed() {
        return placed.stream().anyMatch(p -> p.field() == FactField.REGISTER_NAME && p.register() == register);
    }

    private boolean namedSo(String name) {
        return placed.stream().anyMatch(p -> p.field() == FactField.REGISTER_NAME && p.register() == register
                && normal(p.value()).equals(normal(name)));
    }

    private void startRegister(String name, String paragraph, boolean next) {
        if (next) {
            register++;
        }
        place(List.of(new PlacedFact(FactField.REGISTER_NAME, name, paragraph)));
    }

    private static String key(PlacedFact fact) {
        return fact.field() + "\u0000" + fact.register() + "\u0000" + normal(fact.value());
    }

    /** Places the facts not placed already; true if the sentence gave anything (a repeat of a placed value counts). */
    private boolean place(List<PlacedFact> given) {
        boolean any = false;
        for (PlacedFact fact : given.stream().map(f -> f.inRegister(register)).toList()) {
            String key = key(fact);
            if (placedKeys.contains(key)) {
                any = true;
                continue;
            }
            if (fact.field().single() && placed.stream().anyMatch(p -> p.field() == fact.field() && p.register() == fact.register())) {
                continue;
            }
            placedKeys.add(key);
            placed.add(fact);
            any = true;
        }
        return any;
    }

    private static String normal(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static NoticeSection first(Set<NoticeSection> sections) {
        return sections.isEmpty() ? NoticeSection.NONE : sections.iterator().next();
    }

    /** The language a notice is written in, by its commonest small words. */
    static final class NoticeLanguage {
        private static final Pattern FI = Pattern.compile("(?iU)\\b(?:ja|on|tai|tiedot|tietoja|rekisteri\\p{L}*|ei)\\b");
        private static final Pattern SV = Pattern.compile("(?iU)\\b(?:och|är|att|uppgifter|inte|som|för)\\b");
        private static final Pattern EN = Pattern.compile("(?iU)\\b(?:and|the|is|of|data|to|we)\\b");

        private NoticeLanguage() {
        }

        static Language of(String text) {
            long fi = FI.matcher(text).results().count();
            long sv = SV.matcher(text).results().count();
            long en = EN.matcher(text).results().count();
            return sv > fi && sv >= en ? Language.SV : en > fi && en > sv ? Language.EN : Language.FI;
        }
    }
}
