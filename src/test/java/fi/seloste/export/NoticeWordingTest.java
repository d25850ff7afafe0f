package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.TransferSafeguard;

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
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fi/seloste/export"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Class<? extends Enum<?>> type : List.of(LegalBasis.class, ProvisionRequirement.class, Article9Condition.class,
                SourceKind.class, TransferSafeguard.class, RetentionCriterion.class, SecurityMeasure.class,
                SecurityMeasure.Kind.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
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
                .isEqualTo("the controller's legitimate interest (GDPR Art. 6(1)(f))");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NoticeWordingTest.class.getResourceAsStream("/fi/seloste/export/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
