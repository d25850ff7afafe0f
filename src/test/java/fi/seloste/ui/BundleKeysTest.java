package fi.seloste.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.store.ClientFileProblem;

import org.junit.jupiter.api.Test;

/** Every UI language has every key, and every key the code names exists. */
class BundleKeysTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\\.text\\(\"([a-zA-Z0-9.]+)\"");

    @Test
    void everyUiLanguageHasExactlyTheKeysOfTheBaseBundle() throws IOException {
        Set<String> base = keys("messages.properties");
        for (Language language : I18n.UI_LANGUAGES) {
            if (language == Language.EN) {
                continue;
            }
            assertThat(keys("messages_" + language.tag() + ".properties")).as("keys of %s", language).isEqualTo(base);
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> base = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fi/seloste/ui"))) {
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
        for (SaveState state : SaveState.values()) {
            used.add("status.save." + state.name());
        }
        assertThat(used).isNotEmpty();
        assertThat(base).containsAll(used);
    }

    @Test
    void everyLanguageCanBeChosenInItsOwnName() throws IOException {
        Set<String> base = keys("messages.properties");
        for (Language language : I18n.UI_LANGUAGES) {
            assertThat(base).contains("language." + language.tag());
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/fi/seloste/ui/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
