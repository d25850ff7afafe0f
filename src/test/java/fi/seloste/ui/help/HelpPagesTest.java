package fi.seloste.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.ui.I18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every wizard step has a help page in every UI language, and every link in the help leads somewhere. */
class HelpPagesTest {

    static List<Language> uiLanguages() {
        return I18n.UI_LANGUAGES;
    }

    @ParameterizedTest
    @MethodSource("uiLanguages")
    void everyStepHasAPageThatOpensWithItsOwnAnchorAndSaysWhatToWriteWithAnExample(Language language) {
        for (NoticeStep step : NoticeStep.values()) {
            String page = HelpPages.stepFile(step, language);
            String firstLine = page.lines().findFirst().orElse("");
            assertThat(firstLine).as("%s %s", language, step).startsWith("# ");
            assertThat(HelpPages.anchorIn(firstLine)).as("%s %s", language, step).isEqualTo(HelpPages.anchorOf(step));
            assertThat(page.lines().filter(l -> l.startsWith("## ")).count())
                    .as("%s %s: what to write and an example", language, step).isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("uiLanguages")
    void everyLinkOfAStepPageLeadsToATermOnItsPageOrToAnotherStep(Language language) {
        for (NoticeStep step : NoticeStep.values()) {
            String page = HelpPages.stepPage(step, language, "Terms");
            Set<String> anchors = anchors(page);
            for (String target : HelpPages.linkTargets(page)) {
                assertThat(anchors.contains(target) || stepAnchors().contains(target))
                        .as("%s %s: link to #%s", language, step, target).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("uiLanguages")
    void everyLinkOfTheGuideLeadsToAnAnchorInTheGuideAndNoAnchorIsThereTwice(Language language) {
        String guide = HelpPages.guide(language, "Terms");
        List<String> anchorList = anchorList(guide);
        assertThat(anchorList).as(language.tag()).doesNotHaveDuplicates();
        assertThat(anchorList).as(language.tag()).containsAll(stepAnchors());
        assertThat(HelpPages.linkTargets(guide)).as(language.tag()).isNotEmpty();
        assertThat(anchorList).as(language.tag()).containsAll(HelpPages.linkTargets(guide));
    }

    @Test
    void theGlossaryExplainsTheSameTermsInEveryLanguageAndEachIsLinkedFromSomeStep() {
        Set<String> english = HelpPages.glossary(Language.EN).keySet();
        assertThat(english).contains("term-legal-basis", "term-processor", "term-controller", "term-register",
                "term-recipient", "term-transfer", "term-profiling", "term-automated-decision", "term-retention",
                "term-data-subject");
        for (Language language : I18n.UI_LANGUAGES) {
            assertThat(HelpPages.glossary(language).keySet()).as(language.tag()).containsExactlyElementsOf(english);
            Set<String> linked = new LinkedHashSet<>();
            for (NoticeStep step : NoticeStep.values()) {
                linked.addAll(HelpPages.linkTargets(HelpPages.stepFile(step, language)));
            }
            assertThat(linked).as("%s: terms linked from the steps", language).containsAll(english);
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeStep.class)
    void aStepPageCarriesTheTermsItLinksToAndNoOthers(NoticeStep step) {
        for (Language language : I18n.UI_LANGUAGES) {
            String file = HelpPages.stepFile(step, language);
            Set<String> linkedTerms = new LinkedHashSet<>(HelpPages.linkTargets(file));
            linkedTerms.removeIf(t -> !t.startsWith("term-"));
            Set<String> carried = new LinkedHashSet<>(anchors(HelpPages.stepPage(step, language, "Terms")));
            carried.removeIf(t -> !t.startsWith("term-"));
            assertThat(carried).as("%s %s", language, step).isEqualTo(linkedTerms);
        }
    }

    private static Set<String> anchors(String markdown) {
        return new LinkedHashSet<>(anchorList(markdown));
    }

    private static List<String> anchorList(String markdown) {
        List<String> anchors = new ArrayList<>();
        markdown.lines().filter(l -> l.startsWith("#")).map(HelpPages::anchorIn).filter(a -> a != null).forEach(anchors::add);
        return anchors;
    }

    private static List<String> stepAnchors() {
        return java.util.Arrays.stream(NoticeStep.values()).map(HelpPages::anchorOf).toList();
    }
}
