package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.OwnSections;
import fi.seloste.testing.SampleNotices;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every sentence the notice prints is one the owner chose: nothing for an unanswered question, each fact once. */
class NoticeStatementsTest {

    private static final Register EMPTY = Register.empty(1, RegisterTemplate.CUSTOMERS, new LocalizedText("R", "R", "R"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUnansweredQuestionPrintsNothingAndNoPrintsItsOwnSentence(Language language) {
        NoticeWording w = new NoticeWording(language);
        List<String> unanswered = texts(EMPTY, language);
        for (String key : List.of("automated.noDecisions", "automated.noProfiling", "transfers.none", "recipients.none",
                "cookies.consent", "cookies.necessaryOnly")) {
            assertThat(unanswered).doesNotContain(w.text(key));
        }
        assertThat(titles(EMPTY, language)).doesNotContain(w.text("section.automated"), w.text("section.cookies"),
                w.text("section.disclosures"));

        Register no = EMPTY.toBuilder().automatedDecisions(AutomatedDecisions.NONE.withDecisions(Answer.NO).withProfiling(Answer.NO))
                .transfersOutsideEea(Answer.NO).otherDisclosures(Answer.NO).build();
        assertThat(texts(no, language)).contains(w.text("automated.noDecisions"), w.text("automated.noProfiling"),
                w.text("transfers.none"), w.text("recipients.none"));
        assertThat(titles(no, language)).doesNotContain(w.text("section.cookies"));

        Register onlyDecisionsNo = EMPTY.toBuilder().automatedDecisions(AutomatedDecisions.NONE.withDecisions(Answer.NO)).build();
        assertThat(texts(onlyDecisionsNo, language)).contains(w.text("automated.noDecisions"))
                .doesNotContain(w.text("automated.noProfiling"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void automatedDecisionsPrintTheLeadInTheLogicAndTheSignificance(Language language) {
        NoticeWording w = new NoticeWording(language);
        Register yes = EMPTY.toBuilder().automatedDecisions(new AutomatedDecisions(Answer.YES, Answer.NO,
                new LocalizedText("logiikka", "logik", "logic"), new LocalizedText("merkitys", "betydelse", "meaning"))).build();
        List<String> texts = texts(yes, language);
        int lead = texts.indexOf(w.text("automated.decisions"));
        assertThat(lead).isNotNegative();
        assertThat(texts.subList(lead + 1, lead + 3)).containsExactly(
                new LocalizedText("logiikka", "logik", "logic").in(language), new LocalizedText("merkitys", "betydelse", "meaning").in(language));
        assertThat(texts).contains(w.text("automated.noProfiling")).doesNotContain(w.text("automated.noDecisions"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void profilingWithoutDecisionsPrintsTheSignificanceTheOwnerWroteAndOnlyThenSaysSo(Language language) {
        NoticeWording w = new NoticeWording(language);
        LocalizedText logic = new LocalizedText("logiikka", "logik", "logic");
        LocalizedText meaning = new LocalizedText("merkitys", "betydelse", "meaning");
        Register explained = EMPTY.toBuilder()
                .automatedDecisions(new AutomatedDecisions(Answer.NO, Answer.YES, logic, meaning)).build();
        List<String> texts = texts(explained, language);
        int lead = texts.indexOf(w.text("automated.profilingAndSignificance"));
        assertThat(lead).isNotNegative();
        assertThat(texts.subList(lead + 1, lead + 3)).containsExactly(logic.in(language), meaning.in(language));
        assertThat(texts).doesNotContain(w.text("automated.profiling"));

        Register logicOnly = EMPTY.toBuilder()
                .automatedDecisions(new AutomatedDecisions(Answer.NO, Answer.YES, logic, LocalizedText.EMPTY)).build();
        List<String> shorter = texts(logicOnly, language);
        assertThat(shorter).contains(w.text("automated.profiling"), logic.in(language))
                .doesNotContain(w.text("automated.profilingAndSignificance"));
    }

    @Test
    void transfersNameEachCountryInTheNoticeLanguageWithItsOwnSafeguard() {
        SystemUse wix = new SystemUse(null, "Wix", "Wix.com Ltd", LocalizedText.EMPTY, ProcessingRole.PROCESSOR, LocalizedText.EMPTY,
                List.of(new Transfer("IL", TransferSafeguard.ADEQUACY_DECISION),
                        new Transfer("US", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)), "", null);
        Notice r = notice(EMPTY.toBuilder().transfersOutsideEea(Answer.YES).build(), List.of(wix), Cookies.NONE);
        assertThat(texts(r, Language.SV)).contains("Wix: Israel – " + new NoticeWording(Language.SV).of(TransferSafeguard.ADEQUACY_DECISION)
                + "; USA – " + new NoticeWording(Language.SV).of(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES));
        assertThat(texts(r, Language.EN)).anyMatch(t -> t.startsWith("Wix: Israel – ") && t.contains("; United States – "));
        assertThat(texts(r, Language.FI)).anyMatch(t -> t.startsWith("Wix: Israel – ") && t.contains("; Yhdysvallat – "));
        for (Language language : List.of(Language.SV, Language.EN)) {
            assertThat(String.join("\n", texts(r, language))).doesNotContain("Yhdysvallat");
        }
        for (Language language : Language.values()) {
            NoticeWording w = new NoticeWording(language);
            assertThat(texts(r, language)).contains(w.text("transfers.some"), w.text("transfers.copy", "veera.westerholm@flowest.fi"))
                    .doesNotContain(w.text("transfers.none"));
        }
    }

    @Test
    void aCopyIsOfferedOnlyForClausesOrCorporateRulesAndAMissingSafeguardIsADraftMarker() {
        Recipient adequacy = new Recipient(LocalizedText.finnish("Kirjanpitäjä UK"), LocalizedText.EMPTY, RecipientKind.REGULAR,
                List.of(new Transfer("GB", TransferSafeguard.ADEQUACY_DECISION)));
        Recipient rules = adequacy.withTransfers(List.of(new Transfer("GB", TransferSafeguard.BINDING_CORPORATE_RULES)));
        Recipient none = adequacy.withTransfers(List.of(new Transfer("GB", TransferSafeguard.NONE)));
        for (Language language : Language.values()) {
            NoticeWording w = new NoticeWording(language);
            String copy = w.text("transfers.copy", "veera.westerholm@flowest.fi");
            assertThat(texts(EMPTY.toBuilder().recipients(List.of(adequacy)).transfersOutsideEea(Answer.NO).build(), language))
                    .doesNotContain(copy, w.text("transfers.none"));
            assertThat(texts(EMPTY.toBuilder().recipients(List.of(rules)).build(), language)).contains(copy);
            List<String> missing = texts(EMPTY.toBuilder().recipients(List.of(none)).build(), language);
            assertThat(missing).contains("Kirjanpitäjä UK: " + w.text("transfers.countrySafeguard",
                    fi.seloste.domain.Country.name("GB", language), w.text("transfers.safeguardMissing")));
            assertThat(String.join("\n", missing)).doesNotContain(copy);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void recipientsAreGroupedByKindEachWithItsLeadIn(Language language) {
        NoticeWording w = new NoticeWording(language);
        List<SystemUse> systems = new ArrayList<>();
        for (ProcessingRole role : ProcessingRole.values()) {
            systems.add(new SystemUse(null, "S-" + role, "", LocalizedText.EMPTY, role, LocalizedText.EMPTY, List.of(), "", null));
        }
        List<Recipient> recipients = Stream.of(RecipientKind.values())
                .map(k -> new Recipient(LocalizedText.finnish("R-" + k), LocalizedText.EMPTY, k, List.of())).toList();
        Notice r = notice(EMPTY.toBuilder().recipients(recipients).build(), systems, Cookies.NONE);
        List<Section.Block> systemBlocks = part(r, language, w.text("section.systems")).blocks();
        List<Section.Block> blocks = part(r, language, w.text("section.disclosures")).blocks();
        assertGroup(systemBlocks, w.text("recipients.processors"), "S-PROCESSOR");
        assertGroup(systemBlocks, w.text("recipients.separateControllers"), "S-SEPARATE_CONTROLLER");
        assertGroup(systemBlocks, w.text("recipients.jointControllers"), "S-JOINT_CONTROLLER");
        assertGroup(blocks, w.text("recipients.jointControllers"), "R-JOINT_CONTROLLER");
        assertGroup(blocks, w.text("recipients.statutory"), "R-STATUTORY");
        assertGroup(blocks, w.text("recipients.regular"), "R-REGULAR");
        assertGroup(blocks, w.text("recipients.occasional"), "R-OCCASIONAL");
        assertGroup(blocks, w.text("recipients.conditional"), "R-CONDITIONAL");
        assertGroup(systemBlocks, w.text("recipients.other"), "S-RECIPIENT");
        assertGroup(systemBlocks, w.text("recipients.inHouse"), "S-IN_HOUSE");
        assertGroup(systemBlocks, w.text("recipients.paper"), "S-PAPER_FILES");
        String controller = SampleNotices.controller().name();
        assertThat(paragraphs(blocks)).contains(w.text("kanta.archive", controller)).doesNotContain(w.text("recipients.none"));
        assertThat(String.join("\n", texts(r, language))).doesNotContain("S-HEALTH_RECORDS_ARCHIVE", "kuten kerrotaan");
    }

    @Test
    void retentionReadsRightForZeroOneAndTwoYears() {
        List<String> expected = List.of(
                "asiakassuhteen ajan", "asiakassuhteen ajan ja 1 vuoden sen päättymisen jälkeen", "asiakassuhteen ajan ja 2 vuotta sen päättymisen jälkeen",
                "[vuosimäärä puuttuu]", "1 vuosi", "2 vuotta",
                "under kundförhållandet", "under kundförhållandet och 1 år efter att det har upphört", "under kundförhållandet och 2 år efter att det har upphört",
                "[antal år saknas]", "1 år", "2 år",
                "for the duration of the customer relationship", "for the duration of the customer relationship and 1 year after it ends",
                "for the duration of the customer relationship and 2 years after it ends",
                "[number of years missing]", "1 year", "2 years");
        List<String> printed = new ArrayList<>();
        for (Language language : Language.values()) {
            for (RetentionCriterion criterion : List.of(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, RetentionCriterion.FIXED_YEARS)) {
                for (int years = 0; years <= 2; years++) {
                    printed.add(RetentionOutline.how(new RetentionRule(LocalizedText.EMPTY, criterion, years, LocalizedText.EMPTY),
                            new NoticeWording(language)).text());
                }
            }
        }
        assertThat(printed).containsExactlyElementsOf(expected);
        assertThat(String.join("\n", printed)).doesNotContain("0 vuotta", "1 vuotta", "1 years", "0 år", "0 years");
    }

    @Test
    void retentionPrintsEachStatementOnce() {
        NoticeWording fi = new NoticeWording(Language.FI);
        assertThat(how(RetentionCriterion.OTHER, "Kolme kuukautta tapaamisesta", fi)).isEqualTo("Kolme kuukautta tapaamisesta");
        assertThat(how(RetentionCriterion.AS_REQUIRED_BY_LAW, "6 vuotta kirjanpitolain mukaan", fi))
                .isEqualTo("lain edellyttämän ajan: 6 vuotta kirjanpitolain mukaan");
        assertThat(how(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, "asiakassuhteen ajan, jonka jälkeen aineisto tuhotaan", fi))
                .isEqualTo("asiakassuhteen ajan, jonka jälkeen aineisto tuhotaan");
        assertThat(how(RetentionCriterion.ACCOUNTING_VOUCHERS, "", fi))
                .isEqualTo("6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi (kirjanpitolain 2 luvun 10 §:n 2 momentti)");
    }

    @Test
    void cookiesAreAnInventoryWithConsentOrTheNecessaryOnlySentence() {
        CookieEntry ga = new CookieEntry("_ga", "Google", LocalizedText.finnish("kävijätilastot"), CookieCategory.ANALYTICS,
                new LocalizedText("2 vuotta", "2 år", "2 years"));
        CookieEntry session = new CookieEntry("session", "Ajas", LocalizedText.finnish("kirjautuminen"), CookieCategory.NECESSARY,
                new LocalizedText("istunto", "session", "session"));
        for (Language language : Language.values()) {
            NoticeWording w = new NoticeWording(language);
            Notice withConsent = notice(EMPTY, List.of(), new Cookies(Answer.YES, List.of(ga, session), CookieConsent.CONSENT_TOOL,
                    LocalizedText.finnish("Oma kuvaus")));
            List<String> texts = texts(withConsent, language);
            assertThat(texts).anyMatch(t -> t.startsWith("_ga\n" + w.text("cookies.table.provider") + ": Google")
                    && t.contains(w.text("cookies.table.category") + ": " + w.of(CookieCategory.ANALYTICS)));
            assertThat(texts).contains(w.text("cookies.consent")).doesNotContain(w.text("cookies.necessaryOnly"));
            assertThat(texts.indexOf("Oma kuvaus")).isGreaterThan(texts.indexOf(w.text("cookies.consent")));
            Notice necessary = notice(EMPTY, List.of(), new Cookies(Answer.YES, List.of(session), CookieConsent.NOT_STATED,
                    LocalizedText.EMPTY));
            assertThat(texts(necessary, language)).contains(w.text("cookies.necessaryOnly")).doesNotContain(w.text("cookies.consent"));
        }
    }

    @Test
    void ownerTextFallingBackToFinnishIsMarkedFinnish() {
        Register r = EMPTY.toBuilder().description(LocalizedText.finnish("Asiakkaiden tiedot"))
                .purposes(List.of(new fi.seloste.domain.Purpose(new LocalizedText("Laskutus", "", "Billing"),
                        fi.seloste.domain.LegalBasis.LEGITIMATE_INTERESTS, LocalizedText.finnish("Perintä"))))
                .build();
        Notice notice = Notice.withoutSharedSections(SampleNotices.controller(), null, null, SampleNotices.settings(), List.of(r));
        Document en = Jsoup.parse(NoticeHtml.document(notice, Language.EN, NoticeMeta.NONE));
        assertThat(en.select("span[lang=fi]").eachText()).contains("Asiakkaiden tiedot", "Perintä")
                .doesNotContain("Billing");
        assertThat(en.select("li").eachText()).anyMatch(t -> t.startsWith("Billing") && t.contains("Our legitimate interest: Perintä"));
        Document sv = Jsoup.parse(NoticeHtml.document(notice, Language.SV, NoticeMeta.NONE));
        assertThat(sv.select("span[lang=fi]").eachText()).contains("Laskutus", "Asiakkaiden tiedot", "Perintä");
        Document fi = Jsoup.parse(NoticeHtml.document(notice, Language.FI, NoticeMeta.NONE));
        assertThat(fi.select("span[lang]")).isEmpty();
    }

    @Test
    void noSentenceIsPrintedTwiceInARowInAnyLanguage() {
        Notice sample = SampleNotices.withSharedSections(Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(),
                SampleNotices.dataProtectionOfficer(), SampleNotices.settings(), List.of(SampleNotices.patientRegister(1))));
        for (Notice notice : List.of(sample, SeedNotices.physiotherapy(), SeedNotices.beautySalon())) {
            for (Language language : Language.values()) {
                List<String> sentences = new ArrayList<>();
                NoticeOutline.of(notice, language).forEach(s -> sentences(s, sentences));
                for (int i = 1; i < sentences.size(); i++) {
                    if (sentences.get(i) == null || sentences.get(i - 1) == null) {
                        continue;
                    }
                    assertThat(Sentences.normalized(sentences.get(i)))
                            .as("%s %s: sentence %d repeats the one before", notice.controller().name(), language, i)
                            .isNotEqualTo(Sentences.normalized(sentences.get(i - 1)));
                }
            }
        }
    }

    private static String how(RetentionCriterion criterion, String details, NoticeWording w) {
        return RetentionOutline.how(new RetentionRule(LocalizedText.EMPTY, criterion, null, LocalizedText.finnish(details)), w).text();
    }

    /** The sentences of a section; a heading is not a sentence, so a null stands between sections. */
    private static void sentences(Section section, List<String> into) {
        into.add(null);
        for (Section.Block b : section.blocks()) {
            List<String> texts = b instanceof Section.Paragraph p ? List.of(p.text()) : ((Section.Items) b).items();
            for (String text : texts) {
                for (String line : text.split("\n")) {
                    into.addAll(Sentences.of(line));
                }
            }
        }
        section.subsections().forEach(s -> sentences(s, into));
    }

    private static void assertGroup(List<Section.Block> blocks, String leadIn, String... names) {
        List<String> paragraphs = paragraphs(blocks);
        assertThat(paragraphs).containsOnlyOnce(leadIn);
        int at = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Section.Paragraph p && p.text().equals(leadIn)) {
                at = i;
            }
        }
        assertThat(blocks.get(at + 1)).isInstanceOf(Section.Items.class);
        assertThat(((Section.Items) blocks.get(at + 1)).items()).containsExactly(names);
    }

    private static List<String> paragraphs(List<Section.Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Section.Paragraph).map(b -> ((Section.Paragraph) b).text()).toList();
    }

    /** The notice of the register alone, which uses the systems given, with the cookies given. */
    private static Notice notice(Register r, List<SystemUse> systems, Cookies cookies) {
        Notice base = Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(), null, SampleNotices.settings(),
                List.of());
        return OwnSections.notice(base, OwnSections.of(r, systems, fi.seloste.domain.Security.NONE, cookies));
    }

    private static Notice notice(Register r) {
        return notice(r, List.of(), Cookies.NONE);
    }

    private static Section part(Notice n, Language language, String title) {
        return sections(n, language).stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static Section part(Register r, Language language, String title) {
        return part(notice(r), language, title);
    }

    /** The register's parts, then the business's sections: systems, security, cookies. */
    private static List<Section> sections(Notice n, Language language) {
        NoticeWording w = new NoticeWording(language);
        List<Section> all = NoticeOutline.of(n, language);
        List<Section> parts = new ArrayList<>(all.stream().filter(s -> s.title().equals("R")).findFirst().orElseThrow()
                .subsections());
        Set<String> shared = Set.of(w.text("section.systems"), w.text("section.security"), w.text("section.cookies"));
        all.stream().filter(s -> shared.contains(s.title())).forEach(parts::add);
        return parts;
    }

    private static Section register(Register r, Language language) {
        return NoticeOutline.of(notice(r), language).stream().filter(s -> s.title().equals("R")).findFirst().orElseThrow();
    }

    private static List<String> titles(Register r, Language language) {
        return sections(notice(r), language).stream().map(Section::title).toList();
    }

    private static List<String> texts(Register r, Language language) {
        return texts(notice(r), language);
    }

    /** Every paragraph and item of the register's section and of the business's sections, in order. */
    private static List<String> texts(Notice n, Language language) {
        List<String> texts = new ArrayList<>();
        Section section = NoticeOutline.of(n, language).stream().filter(s -> s.title().equals("R")).findFirst().orElseThrow();
        List<Section> all = new ArrayList<>(List.of(section));
        all.addAll(sections(n, language));
        all.stream().flatMap(s -> s.blocks().stream()).forEach(b -> {
            if (b instanceof Section.Paragraph p) {
                texts.add(p.text());
            } else {
                texts.addAll(((Section.Items) b).items());
            }
        });
        return texts;
    }
}
