package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.seloste.domain.Language;
import fi.seloste.domain.check.Severity;
import fi.seloste.store.ClientFileProblem;

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
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fi/seloste/cli"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
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
        Properties properties = new Properties();
        try (InputStream in = CliBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
