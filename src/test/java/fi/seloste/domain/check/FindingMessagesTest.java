package fi.seloste.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRuleStepAndLanguageHasATextInEveryLanguage(Language language) throws IOException {
        Set<String> keys = bundle(language).stringPropertyNames();
        for (Rule rule : Rule.values()) {
            assertThat(keys).contains(rule.messageKey());
        }
        for (NoticeStep step : NoticeStep.values()) {
            assertThat(keys).contains("step." + step.name());
        }
        for (Language named : Language.values()) {
            assertThat(keys).contains("language.in." + named.tag());
        }
        assertThat(keys).contains("unnamed");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FI", "SV"})
    void everyLanguageHasExactlyTheKeysOfTheEnglishBase(Language language) throws IOException {
        assertThat(new TreeSet<>(bundle(language).stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle(Language.EN).stringPropertyNames()));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FI", "SV"})
    void everyLanguageUsesTheSameArgumentsAsTheBase(Language language) throws IOException {
        Properties base = bundle(Language.EN);
        Properties translated = bundle(language);
        for (String key : base.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(key)
                    .isEqualTo(placeholders(base.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void patternsComeOutAsMessageFormatWouldWriteThem(Language language) throws IOException {
        Properties texts = bundle(language);
        List<String> values = List.of("A", "B", "C", "D", "E");
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            if (placeholders(pattern).isEmpty()) {
                assertThat(pattern).as(key).doesNotContain("''").doesNotContain("{").doesNotContain("}");
            } else {
                assertThat(MessagePattern.format(pattern, values)).as(key)
                        .isEqualTo(new MessageFormat(pattern, language.locale()).format(values.toArray()));
            }
        }
    }

    @Test
    void apostrophesAreWrittenTwiceInPatternsWithArguments() {
        assertThat(MessagePattern.format("Register ''{0}'', {1}", List.of("Asiakkaat", "$1 \\"))).isEqualTo(
                "Register 'Asiakkaat', $1 \\");
    }

    @Test
    void aRegistersFindingNamesTheRegisterInTheReadersLanguage() {
        Finding finding = new Finding(Rule.LEGAL_BASIS_MISSING, Severity.ERROR, NoticeStep.PURPOSES, 7L, List.of(
                MessageArgument.ownerText(new LocalizedText("Asiakkaat", "Kunder", "Customers")),
                MessageArgument.ownerText(LocalizedText.finnish("Kirjanpito"))));

        assertThat(finding.message(Language.FI))
                .startsWith("Rekisteri ”Asiakkaat”: valitse käyttötarkoitukselle ”Kirjanpito” oikeusperuste");
        assertThat(finding.message(Language.SV))
                .startsWith("Registret ”Kunder”: välj rättslig grund för ändamålet ”Kirjanpito”");
        assertThat(finding.message(Language.EN))
                .startsWith("Register “Customers”: choose the legal basis for the purpose “Kirjanpito”")
                .endsWith("(GDPR Art. 6(1) and Art. 13(1)(c))");
    }

    @Test
    void aBlankNameIsCalledUnnamed() {
        Finding finding = new Finding(Rule.NO_PURPOSES, Severity.ERROR, NoticeStep.PURPOSES, 7L,
                List.of(MessageArgument.ownerText(LocalizedText.EMPTY)));
        assertThat(finding.message(Language.FI)).startsWith("Rekisteri ”(nimetön)”");
        assertThat(finding.message(Language.SV)).startsWith("Registret ”(namnlös)”");
    }

    @Test
    void languagesStepsAndDatesAreWrittenInTheReadersLanguage() {
        Finding translation = new Finding(Rule.TRANSLATION_MISSING, Severity.WARNING, NoticeStep.DATA, null, List.of(
                MessageArgument.languageName(Language.SV), MessageArgument.stepName(NoticeStep.DATA),
                MessageArgument.fieldName(OwnerTextField.OWN_DATA_ITEM), MessageArgument.verbatim("Makutoiveet")));
        assertThat(translation.message(Language.FI))
                .isEqualTo("Rekisteröidyt ja tiedot, oma tieto: ”Makutoiveet” on vielä kirjoittamatta ruotsiksi. Seloste, "
                        + "joka julkaistaan ruotsiksi, näyttää kohdassa suomenkielisen tekstin tai, jos sitäkään ei ole, "
                        + "ei mitään. Kirjoita käännös tähän kenttään "
                        + "(valitse kieli vaiheen yläpuolelta) tai poista kieli selosteen kielistä. "
                        + "(tietosuoja-asetuksen 12 artiklan 1 kohta)");
        assertThat(translation.message(Language.EN)).startsWith("People and data, own data item: “Makutoiveet” "
                + "has no text in Swedish yet");

        Finding review = new Finding(Rule.REVIEW_DATE_PASSED, Severity.WARNING, NoticeStep.REVIEW, null,
                List.of(MessageArgument.date(LocalDate.of(2026, 11, 1))));
        assertThat(review.message(Language.SV)).contains("1.11.2026");
    }

    @Test
    void aFindingWithoutArgumentsIsTheTextAsWritten() {
        Finding finding =
                new Finding(Rule.CONTROLLER_NAME_MISSING, Severity.ERROR, NoticeStep.CONTROLLER, null, List.of());
        assertThat(finding.message(Language.SV)).isEqualTo("Skriv ditt företags namn. Av beskrivningen ska det "
                + "framgå vem som är personuppgiftsansvarig. (artikel 13.1 a i dataskyddsförordningen)");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties bundle(Language language) throws IOException {
        String file = "/fi/seloste/domain/check/findings" + (language == Language.EN ? "" : "_" + language.tag())
                + ".properties";
        Properties properties = new Properties();
        try (InputStream in = FindingMessagesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
