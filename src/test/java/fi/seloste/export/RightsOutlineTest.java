package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.testing.SampleNotices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rights a notice prints follow each register's legal bases and answers (Art. 15–22): one row per combination,
 * in every notice language, checked against the bundle texts so that a wrong rule fails whatever the wording.
 */
class RightsOutlineTest {

    /** What a register has, and which of the conditional rights it must then print. */
    record Case(List<LegalBasis> bases, boolean explicitConsentData, boolean directMarketing, boolean decisions,
                boolean objection, boolean portability, boolean withdrawal) {
    }

    static Stream<Arguments> cases() {
        List<Case> cases = List.of(
                new Case(List.of(), false, false, false, false, false, false),
                new Case(List.of(LegalBasis.CONSENT), false, false, false, false, true, true),
                new Case(List.of(LegalBasis.CONTRACT), false, false, false, false, true, false),
                new Case(List.of(LegalBasis.LEGAL_OBLIGATION), false, false, false, false, false, false),
                new Case(List.of(LegalBasis.VITAL_INTERESTS), false, false, false, false, false, false),
                new Case(List.of(LegalBasis.PUBLIC_TASK), false, false, false, true, false, false),
                new Case(List.of(LegalBasis.LEGITIMATE_INTERESTS), false, false, false, true, false, false),
                new Case(List.of(LegalBasis.LEGITIMATE_INTERESTS), false, true, false, true, false, false),
                new Case(List.of(LegalBasis.CONSENT), false, true, true, false, true, true),
                new Case(List.of(LegalBasis.LEGAL_OBLIGATION), true, false, false, false, false, true),
                new Case(List.of(LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTERESTS), false, false, true, true, true, false),
                new Case(List.of(LegalBasis.CONTRACT, LegalBasis.LEGAL_OBLIGATION), true, true, false, false, true, true),
                new Case(List.of(LegalBasis.CONSENT, LegalBasis.PUBLIC_TASK), false, false, false, true, true, true));
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : cases) {
            for (Language language : Language.values()) {
                arguments.add(Arguments.of(c, language));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("cases")
    void theRightsFollowTheBasesSpecialCategoriesMarketingAndDecisions(Case c, Language language) {
        NoticeWording w = new NoticeWording(language);
        Section rights = rights(notice(register(1, "R", c)), language);
        List<String> items = items(rights);
        List<String> paragraphs = paragraphs(rights);

        assertThat(items).contains(w.text("rights.access"), w.text("rights.rectification"), w.text("rights.erasure"),
                w.text("rights.restriction"));
        assertPrinted(items, w.text("rights.objection"), c.objection());
        assertPrinted(items, w.text("rights.portability"), c.portability());
        assertPrinted(items, w.text("rights.withdrawConsent"), c.withdrawal());
        assertPrinted(items, w.text("rights.automated"), c.decisions());
        assertThat(items).noneMatch(i -> i.contains(w.text("rights.appliesTo", "R")));

        assertThat(items).doesNotContain(w.text("rights.directMarketing"));
        assertPrinted(paragraphs, w.text("rights.directMarketing"), c.directMarketing());
        assertThat(paragraphs).contains(w.text("rights.howDefault"), w.text("rights.complaint"));
    }

    @Test
    void aRightOnlySomeRegistersGiveNamesThem() {
        Case consent = new Case(List.of(LegalBasis.CONSENT), false, false, false, false, true, true);
        Case obligation = new Case(List.of(LegalBasis.LEGAL_OBLIGATION), false, false, false, false, false, false);
        Case contract = new Case(List.of(LegalBasis.CONTRACT), false, false, false, false, true, false);
        Notice notice = notice(register(1, "Asiakkaat", consent), register(2, "Kirjanpito", obligation),
                register(3, "Sopimukset", contract));
        for (Language language : Language.values()) {
            NoticeWording w = new NoticeWording(language);
            List<String> items = items(rights(notice, language));
            assertThat(items).contains(w.text("rights.portability") + w.text("rights.appliesTo", "Asiakkaat, Sopimukset"),
                    w.text("rights.withdrawConsent") + w.text("rights.appliesTo", "Asiakkaat"), w.text("rights.access"));
        }
        Notice allConsent = notice(register(1, "A", consent), register(2, "B", consent));
        assertThat(items(rights(allConsent, Language.FI))).contains(new NoticeWording(Language.FI).text("rights.portability"));
    }

    @Test
    void theOwnersInstructionsFollowTheDefaultNeverReplaceIt() {
        Notice notice = notice(register(1, "R", new Case(List.of(), false, false, false, false, false, false)));
        for (Language language : Language.values()) {
            NoticeWording w = new NoticeWording(language);
            List<String> paragraphs = paragraphs(rights(notice, language));
            int howDefault = paragraphs.indexOf(w.text("rights.howDefault"));
            assertThat(howDefault).isNotNegative();
            assertThat(paragraphs.get(howDefault + 1)).startsWith(w.text("rights.ownInstructions"))
                    .contains("Pyyntö lähetetään kirjallisesti rekisterinpitäjälle.");
            assertThat(paragraphs.get(howDefault + 2)).isEqualTo(w.text("rights.complaint"));
        }
    }

    @Test
    void theAuthorityBlockIsLabelled() {
        NoticeWording w = new NoticeWording(Language.EN);
        assertThat(items(rights(notice(), Language.EN))).contains("Office of the Data Protection Ombudsman",
                w.text("authority.postal", "P.O. Box 800, 00531 Helsinki, Finland"), w.text("authority.email", "tietosuoja@om.fi"),
                w.text("authority.web", "www.tietosuoja.fi"), w.text("authority.switchboard", "+358 29 566 6700"),
                w.text("authority.visiting", "Lintulahdenkuja 4, 00530 Helsinki, Finland"));
    }

    private static void assertPrinted(List<String> lines, String text, boolean printed) {
        if (printed) {
            assertThat(lines).contains(text);
        } else {
            assertThat(lines).noneMatch(line -> line.startsWith(text));
        }
    }

    static Register register(long id, String name, Case c) {
        List<Purpose> purposes = c.bases().stream()
                .map(b -> new Purpose(LocalizedText.finnish("p"), b, LocalizedText.EMPTY, c.directMarketing(), false))
                .toList();
        if (purposes.isEmpty() && c.directMarketing()) {
            purposes = List.of(new Purpose(LocalizedText.finnish("p"), null, LocalizedText.EMPTY, true, false));
        }
        List<DataCategory> categories = c.explicitConsentData()
                ? List.of(new DataCategory(null, LocalizedText.finnish("terveys"), SpecialCategory.HEALTH,
                        Article9Condition.EXPLICIT_CONSENT))
                : List.of(DataCategory.ordinary("name", LocalizedText.finnish("nimi")));
        Answer decisions = c.decisions() ? Answer.YES : Answer.NO;
        return Register.empty(id, RegisterTemplate.CUSTOMERS, new LocalizedText(name, name, name)).toBuilder()
                .purposes(purposes).dataCategories(categories)
                .automatedDecisions(new AutomatedDecisions(decisions, Answer.NO, LocalizedText.EMPTY, LocalizedText.EMPTY))
                .build();
    }

    static Notice notice(Register... registers) {
        return Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(), null, SampleNotices.settings(),
                List.of(registers));
    }

    static Section rights(Notice notice, Language language) {
        List<Section> outline = NoticeOutline.of(notice, language);
        return outline.get(outline.size() - 1);
    }

    static List<String> items(Section section) {
        return section.blocks().stream().filter(b -> b instanceof Section.Items)
                .flatMap(b -> ((Section.Items) b).items().stream()).toList();
    }

    static List<String> paragraphs(Section section) {
        return section.blocks().stream().filter(b -> b instanceof Section.Paragraph)
                .map(b -> ((Section.Paragraph) b).text()).toList();
    }
}
