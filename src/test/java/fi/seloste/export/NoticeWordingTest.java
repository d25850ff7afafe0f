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

/** The notice's fixed wording exists in fi, sv and en for every key the export code and the enums need. */
class NoticeWordingTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\\.text\\(\"([a-zA-Z0-9.]+)\"");

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
