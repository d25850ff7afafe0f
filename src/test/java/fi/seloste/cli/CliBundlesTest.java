package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.seloste.domain.Language;
import fi.seloste.domain.check.Severity;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.testing.Bundles;

/** The command line's texts: the same keys in fi, sv and en, every key the code names, every pattern well formed. */
class CliBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:note|get)\\(\"([a-zA-Z0-9.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"/fi/seloste/cli/messages", "/fi/seloste/cli/help", "/fi/seloste/interchange/problems"})
    void finnishAndSwedishHaveExactlyTheKeysOfTheBaseBundle(String bundle) throws IOException {
        Set<String> base = load(bundle + ".properties").stringPropertyNames();
        assertThat(base).isNotEmpty();
        assertThat(load(bundle + "_fi.properties").stringPropertyNames()).as("fi").isEqualTo(base);
        assertThat(load(bundle + "_sv.properties").stringPropertyNames()).as("sv").isEqualTo(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fi", "_sv"})
    void everyMessageIsAWellFormedPattern(String suffix) throws IOException {
        for (String bundle : new String[] {"/fi/seloste/cli/messages", "/fi/seloste/interchange/problems"}) {
            Properties texts = load(bundle + suffix + ".properties");
            for (String key : texts.stringPropertyNames()) {
                String formatted = new MessageFormat(texts.getProperty(key)).format(new Object[] {1, 2, 3, 4, 5});
                assertThat(formatted).as(bundle + suffix + ": " + key).doesNotContain("{");
            }
        }
    }

    @Test
    void everyKeyTheCommandLineUsesExists() throws IOException {
        Set<String> used = Bundles.keysNamedIn("src/main/java/fi/seloste/cli", KEY_IN_CODE);
        for (ClientFileProblem problem : ClientFileProblem.values()) {
            used.add("problem." + problem.name());
        }
        for (Severity severity : Severity.values()) {
            used.add("severity." + severity.name());
        }
        for (Language language : Language.values()) {
            used.add("language.in." + language.tag());
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(load("/fi/seloste/cli/messages.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String resource) throws IOException {
        return Bundles.load(resource);
    }
}
