package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.Checking.findingsOf;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.domain.SystemUse;

import org.junit.jupiter.api.Test;

/** What the owner's words or systems suggest but her marks do not say: targeting, direct marketing, health data. */
class SuspicionRulesTest {

    private static final AutomatedDecisions NO_PROFILING =
            new AutomatedDecisions(Answer.NO, Answer.NO, LocalizedText.EMPTY, LocalizedText.EMPTY);
    private static final Purpose BOOKINGS = new Purpose(text("Ajanvaraus"), LegalBasis.CONTRACT, LocalizedText.EMPTY);

    private static SystemUse catalogued(String catalogId, String name) {
        return new SystemUse(catalogId, name, "", text("Mainonta"), ProcessingRole.SEPARATE_CONTROLLER, LocalizedText.EMPTY, List.of(),
                "", null);
    }

    @Test
    void aTrackingPurposeNextToNoProfilingIsAWarningNamingThePurpose() {
        Purpose targeting = new Purpose(text("Kohdennettu mainonta"), LegalBasis.CONSENT, LocalizedText.EMPTY,
                false, true);
        Finding finding = assertFindsInRegister(Rule.TARGETING_PURPOSE_BUT_NO_PROFILING, withRegister(r -> {
            r.purposes = List.of(BOOKINGS, targeting);
            r.automatedDecisions = NO_PROFILING;
        }));
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.arguments()).endsWith(MessageArgument.ownerText(text("Kohdennettu mainonta")));
        assertDoesNotFind(Rule.TARGETING_PURPOSE_BUT_NO_PROFILING, withRegister(r -> {
            r.purposes = List.of(BOOKINGS, targeting);
            r.automatedDecisions = NO_PROFILING.withProfiling(Answer.YES).withLogic(text("Kiinnostukset"))
                    .withSignificance(text("Mainokset"));
        }));
        assertDoesNotFind(Rule.TARGETING_PURPOSE_BUT_NO_PROFILING, withRegister(r -> {
            r.purposes = List.of(BOOKINGS);
            r.automatedDecisions = NO_PROFILING;
        }));
    }

    @Test
    void anAdTargetingTagNextToNoProfilingIsAWarningNamingTheSystem() {
        for (String id : List.of("meta-pixel", "google-ads", "linkedin-insight-tag")) {
            Finding finding = assertFindsInRegister(Rule.TARGETING_SYSTEM_BUT_NO_PROFILING, withRegister(r -> {
                r.systems = List.of(catalogued(id, "Tag " + id));
                r.automatedDecisions = NO_PROFILING;
            }));
            assertThat(finding.arguments()).endsWith(MessageArgument.verbatim("Tag " + id));
        }
        assertDoesNotFind(Rule.TARGETING_SYSTEM_BUT_NO_PROFILING, withRegister(r -> {
            r.systems = List.of(catalogued("matomo", "Matomo"));
            r.automatedDecisions = NO_PROFILING;
        }));
    }

    @Test
    void aPurposeThatReadsLikeMarketingAsksWhetherItIsDirectMarketing() {
        for (LocalizedText description : List.of(LocalizedText.finnish("Uutiskirjeen lähettäminen"),
                LocalizedText.finnish("Suoramarkkinointi asiakkaille"), new LocalizedText("", "Nyhetsbrev", ""),
                new LocalizedText("", "", "Marketing emails"))) {
            Purpose purpose = new Purpose(description, LegalBasis.CONSENT, LocalizedText.EMPTY);
            Finding finding = assertFindsInRegister(Rule.DIRECT_MARKETING_SUSPECTED,
                    withRegister(r -> r.purposes = List.of(BOOKINGS, purpose)));
            assertThat(finding.message(Language.EN)).contains("Is it direct marketing?");
            assertDoesNotFind(Rule.DIRECT_MARKETING_SUSPECTED,
                    withRegister(r -> r.purposes = List.of(BOOKINGS, purpose.withDirectMarketing(true))));
        }
        assertDoesNotFind(Rule.DIRECT_MARKETING_SUSPECTED, withRegister(r -> r.purposes = List.of(BOOKINGS)));
    }

    @Test
    void anOrdinaryCategoryWithAHealthWordAsksWhetherItIsHealthData() {
        for (LocalizedText label : List.of(LocalizedText.finnish("Hoitohistoria"), LocalizedText.finnish("Allergiat"),
                LocalizedText.finnish("Potilaan lääkitys"), new LocalizedText("", "Sjukdomar", ""),
                new LocalizedText("", "", "Medical notes"))) {
            Finding finding = assertFindsInRegister(Rule.SPECIAL_CATEGORY_SUSPECTED, withRegister(r -> {
                r.systems = List.of();
                r.dataCategories = List.of(DataCategory.ordinary(null, label));
            }));
            assertThat(finding.message(Language.FI)).contains("Onko tämä terveystietoa")
                    .contains("(erityinen henkilötietoryhmä)");
        }
    }

    @Test
    void ordinaryWordsAndMarkedHealthDataRaiseNoQuestion() {
        assertDoesNotFind(Rule.SPECIAL_CATEGORY_SUSPECTED, withRegister(r -> r.dataCategories = List.of(
                DataCategory.ordinary(null, new LocalizedText("Asiakassuhteen hoitaminen ja yhteystiedot",
                        "Vårdnadshavarens namn", "Contact details")),
                new DataCategory(null, text("Terveystiedot"), SpecialCategory.HEALTH,
                        Article9Condition.HEALTH_OR_SOCIAL_CARE))));
    }

    @Test
    void aHealthSystemWithoutHealthDataAsksWhetherTheRegisterHoldsHealthData() {
        Notice noHealthData = withRegister(r -> {
            r.systems = List.of(catalogued("vello", "Vello"));
            r.dataCategories = List.of(DataCategory.ordinary("name", text("Nimi")));
        });
        Finding finding = assertFindsInRegister(Rule.SPECIAL_CATEGORY_SUSPECTED, noHealthData);
        assertThat(finding.arguments()).endsWith(MessageArgument.verbatim("Vello"));
        SystemUse kanta = catalogued(null, "Potilastiedon arkisto").withRole(ProcessingRole.HEALTH_RECORDS_ARCHIVE);
        assertFindsInRegister(Rule.SPECIAL_CATEGORY_SUSPECTED, withRegister(r -> {
            r.systems = List.of(kanta);
            r.dataCategories = List.of(DataCategory.ordinary("name", text("Nimi")));
        }));
        assertDoesNotFind(Rule.SPECIAL_CATEGORY_SUSPECTED, withRegister(r ->
                r.systems = List.of(catalogued("vello", "Vello"))));
    }

    @Test
    void aHealthSystemIsAskedAboutOnceNotOncePerCategory() {
        Notice notice = withRegister(r -> {
            r.systems = List.of(catalogued("diarium", "Diarium"));
            r.dataCategories = List.of(DataCategory.ordinary("name", text("Nimi")),
                    DataCategory.ordinary("email", text("Sähköposti")));
        });
        assertThat(findingsOf(Rule.SPECIAL_CATEGORY_SUSPECTED, notice)).hasSize(1);
    }
}
