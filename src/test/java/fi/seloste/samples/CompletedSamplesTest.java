package fi.seloste.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Finding;
import fi.seloste.domain.check.Severity;
import fi.seloste.domain.check.Translations;
import fi.seloste.export.NoticeHtml;
import fi.seloste.export.NoticeMeta;

/**
 * The completed seeds and the template samples are complete in law and readable in fi, sv and en.
 *
 * <p>The completeness check's rules are being extended while this is written. Besides running the check, the tests
 * below state directly what the rules announced in the wording draft (notes/wording-draft.md § 13) will demand, so
 * they hold today and keep holding once the rules land: AUTOMATED_NOT_ANSWERED, PROFILING_NOT_ANSWERED,
 * TRANSFERS_NOT_ANSWERED, DISCLOSURES_NOT_ANSWERED, COOKIES_NOT_ANSWERED, SYSTEM_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED,
 * TARGETING_PURPOSE_BUT_NO_PROFILING, SPECIAL_CATEGORY_SUSPECTED, PLACEHOLDER_LEFT, RIGHTS_LIMITED,
 * PROVISION_NOT_STATED (for every register that collects from the person), RETENTION_DETAILS_MISSING (also for "as the
 * law requires" and "as long as the purpose needs"), COOKIE_CONSENT_MISSING, TRANSLATION_MISSING.
 */
class CompletedSamplesTest {

    private static final NoticeMeta META = new NoticeMeta(SampleParts.COMPLETED_ON, null);

    static Stream<Arguments> samples() {
        return SampleNotices.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theCompletenessCheckFindsNoError(String name, Notice notice) {
        List<Finding> findings = new CompletenessCheck().check(notice, SampleParts.COMPLETED_ON);

        assertThat(findings.stream().filter(f -> f.severity() == Severity.ERROR))
                .as("%s has errors; all findings:%n%s", name, describe(findings))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyTextIsWrittenInFinnishSwedishAndEnglish(String name, Notice notice) {
        assertThat(notice.settings().languages()).containsExactlyInAnyOrder(Language.values());
        List<String> untranslated = OwnerTextWalk.texts(notice).stream()
                .filter(found -> !found.text().isBlank())
                .filter(found -> found.text().fi().isBlank() || found.text().sv().isBlank() || found.text().en().isBlank())
                .map(found -> found.path() + " = " + found.text())
                .toList();

        assertThat(untranslated).as("%s: texts missing a language", name).isEmpty();
        assertThat(Translations.missingIn(notice, Language.SV)).as("%s: steps untranslated in sv", name).isEmpty();
        assertThat(Translations.missingIn(notice, Language.EN)).as("%s: steps untranslated in en", name).isEmpty();
    }

    /** The export prints the Swedish or English owner text, never the Finnish one in its place. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSwedishAndEnglishExportsPrintNoFinnishOwnerText(String name, Notice notice) {
        for (Language language : List.of(Language.SV, Language.EN)) {
            String html = NoticeHtml.document(notice, language, META);
            List<String> finnishInIt = OwnerTextWalk.texts(notice).stream()
                    .map(OwnerTextWalk.Found::text)
                    .filter(text -> text.fi().length() >= 12 && !text.fi().equals(text.in(language)))
                    .map(LocalizedText::fi)
                    .filter(fi -> html.contains(escape(fi)))
                    .toList();

            assertThat(finnishInIt).as("%s in %s prints Finnish owner text", name, language).isEmpty();
            for (Register register : notice.registers()) {
                assertThat(html).as("%s in %s prints the register's own name", name, language)
                        .contains(escape(register.name().in(language)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyQuestionIsAnsweredAndTheAnswersAgreeWithTheRest(String name, Notice notice) {
        assertThat(notice.settings().drawnUp()).as("%s: drawn up", name).isNotNull();
        assertThat(notice.settings().lastUpdated()).as("%s: last updated", name).isNotNull();
        for (Register r : notice.registers()) {
            String where = name + " / " + r.name().fi();
            assertThat(r.automatedDecisions().decisions().isAnswered()).as("%s: automated decisions", where).isTrue();
            assertThat(r.automatedDecisions().profiling().isAnswered()).as("%s: profiling", where).isTrue();
            assertThat(r.transfersOutsideEea().isAnswered()).as("%s: transfers", where).isTrue();
            assertThat(r.otherDisclosures().isAnswered()).as("%s: other disclosures", where).isTrue();
            // The physiotherapy seed never mentions cookies: its answer is an assumption for the sample (CompletedSeeds).
            assertThat(notice.cookies().used().isAnswered()).as("%s: cookies", where).isTrue();
            assertThat(notice.cookies().used().isNo() && !notice.cookies().inventory().isEmpty())
                    .as("%s: no cookies, yet an inventory of them", where).isFalse();
            assertThat(r.transfersOutsideEea().isYes()).as("%s: transfers answered as the systems transfer", where)
                    .isEqualTo(notice.allTransfers(r).findAny().isPresent());
            for (Purpose p : r.purposes()) {
                if (p.tracksBehaviour()) {
                    assertThat(r.automatedDecisions().profiling().isYes())
                            .as("%s: '%s' tracks behaviour, which is profiling", where, p.description().fi()).isTrue();
                }
            }
            if (r.sources().stream().anyMatch(s -> s.kind() == SourceKind.DATA_SUBJECT)) {
                assertThat(r.provision().requirement()).as("%s: Art. 13(2)(e)", where)
                        .isNotEqualTo(ProvisionRequirement.NOT_STATED);
            }
            if (notice.cookies().anyNeedsConsent()) {
                assertThat(notice.cookies().consent()).as("%s: consent for non-necessary cookies", where)
                        .isEqualTo(CookieConsent.CONSENT_TOOL);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noPlaceholderNoLimitOnRightsNoVagueRetentionNoUnmarkedHealthData(String name, Notice notice) {
        List<String> problems = new ArrayList<>();
        for (OwnerTextWalk.Found found : OwnerTextWalk.texts(notice)) {
            for (Language language : Language.values()) {
                String text = found.text().in(language);
                if (text.contains("[") || text.contains("(at)") || text.matches("(?s).*\\((nimeä|s-posti).*")) {
                    problems.add("placeholder at " + found.path() + ": " + text);
                }
            }
        }
        LocalizedText instructions = notice.settings().rightsInstructions();
        for (String limit : List.of("korkeintaan", "kertaa vuodessa", "maksu", "högst", "gånger per år", "avgift",
                "at most", "per year", "fee")) {
            for (Language language : Language.values()) {
                if (instructions.in(language).toLowerCase(Locale.ROOT).contains(limit)) {
                    problems.add("rights instructions limit rights (" + limit + "): " + instructions.in(language));
                }
            }
        }
        for (Register r : notice.registers()) {
            for (RetentionRule rule : r.retention()) {
                if (rule.criterion().needsDetails() && rule.details().isBlank()) {
                    problems.add("retention without details: " + rule);
                }
            }
            for (DataCategory c : r.dataCategories()) {
                String label = c.label().fi().toLowerCase(Locale.ROOT);
                boolean soundsLikeHealth = Stream.of("potilas", "terveys", "terveyd", "hoito", "diagnoosi")
                        .anyMatch(label::contains);
                if (soundsLikeHealth && !c.isSpecial()) {
                    problems.add("sounds like health data but is not marked so: " + c.label().fi());
                }
            }
        }
        assertThat(problems).as(name).isEmpty();
    }

    private static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "(none)";
        }
        return findings.stream()
                .map(f -> "  " + f.severity() + " " + f.rule() + ": " + f.message(Language.EN))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
