package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.testing.Bundles;

import org.junit.jupiter.api.Test;

/**
 * The notice's fixed wording exists in fi, sv and en for every key the export code and the enums need; so does the
 * record of processing's (record*.properties).
 */
class NoticeWordingTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\\.text\\(\"([a-zA-Z0-9.]+)\"");
    private static final Pattern RECORD_KEY_IN_CODE = Pattern.compile("\\.word\\(\"([a-zA-Z0-9.]+)\"");

    @Test
    void finnishAndSwedishHaveExactlyTheKeysOfEnglish() throws IOException {
        Set<String> base = keys("notice.properties");
        assertThat(keys("notice_fi.properties")).isEqualTo(base);
        assertThat(keys("notice_sv.properties")).isEqualTo(base);
    }

    @Test
    void everyKeyTheExportCodeAndTheEnumsNeedExists() throws IOException {
        Set<String> used = Bundles.keysNamedIn("src/main/java/fi/seloste/export", KEY_IN_CODE);
        for (Class<? extends Enum<?>> type : List.of(LegalBasis.class, ProvisionRequirement.class, Article9Condition.class,
                SourceKind.class, TransferSafeguard.class, RetentionCriterion.class, SecurityMeasure.class,
                SecurityMeasure.Kind.class, CookieCategory.class, ProcessingRole.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                if (value == TransferSafeguard.NONE || value == CookieCategory.NOT_CHOSEN) {
                    continue; // not chosen: never printed (a missing safeguard prints transfers.safeguardMissing)
                }
                used.add(type.getSimpleName() + "." + value.name());
            }
        }
        assertThat(keys("notice.properties")).containsAll(used);
    }

    @Test
    void theRecordBundleHasTheSameKeysInEveryLanguage() throws IOException {
        Set<String> base = keys("record.properties");
        assertThat(keys("record_fi.properties")).isEqualTo(base);
        assertThat(keys("record_sv.properties")).isEqualTo(base);
    }

    /** The record's code names its keys with word("…"); the enum labels it words itself exist in every language. */
    @Test
    void everyKeyTheRecordCodeNamesExists() throws IOException {
        Set<String> used = Bundles.keysNamedIn("src/main/java/fi/seloste/export", RECORD_KEY_IN_CODE);
        assertThat(used).contains("title", "item.purposes", "agreement.line");
        assertThat(keys("record.properties")).containsAll(used);
    }

    @Test
    void everyRecordPatternFormatsAllItsPlaceholders() throws IOException {
        for (String file : List.of("record.properties", "record_fi.properties", "record_sv.properties")) {
            java.util.Properties texts = Bundles.load("/fi/seloste/export/" + file);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                String formatted = new java.text.MessageFormat(pattern).format(new Object[] {1, 2, 3});
                assertThat(formatted).as(file + ": " + key).doesNotContain("{");
                assertThat(pattern).as(file + ": " + key + " has a lone ' that MessageFormat drops; write ''")
                        .doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    @Test
    void wordingIsFormattedInTheNoticeLanguage() {
        assertThat(new NoticeWording(Language.FI).text("section.controller")).isEqualTo("Rekisterinpitäjä");
        assertThat(new NoticeWording(Language.SV).text("section.controller")).isEqualTo("Personuppgiftsansvarig");
        assertThat(new NoticeWording(Language.EN).of(LegalBasis.LEGITIMATE_INTERESTS))
                .isEqualTo("our legitimate interests (GDPR Art. 6(1)(f))");
    }

    private static Set<String> keys(String file) throws IOException {
        return Bundles.keys("/fi/seloste/export/" + file);
    }
}
