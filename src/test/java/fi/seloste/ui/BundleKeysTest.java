package fi.seloste.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import fi.seloste.domain.Language;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.testing.Bundles;

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
        Set<String> used = Bundles.keysNamedIn("src/main/java/fi/seloste/ui", KEY_IN_CODE);
        for (ClientFileProblem problem : ClientFileProblem.values()) {
            used.add("problem." + problem.name());
        }
        for (SaveState state : SaveState.values()) {
            used.add("status.save." + state.name());
        }
        assertThat(used).isNotEmpty();
        assertThat(base).containsAll(used);
    }

    /** An apostrophe written ' instead of '' in a pattern swallows the placeholders after it. */
    @Test
    void everyMessageWithPlaceholdersFormatsThemAll() throws IOException {
        for (String suffix : new String[] {"", "_fi", "_sv"}) {
            Properties texts = Bundles.load("/fi/seloste/ui/i18n/messages" + suffix + ".properties");
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                if (pattern.contains("{")) {
                    String formatted = new MessageFormat(pattern).format(new Object[] {1, 2, 3, 4, 5, 6});
                    assertThat(formatted).as("messages" + suffix + ": " + key).doesNotContain("{");
                    assertThat(pattern).as("messages" + suffix + ": " + key + " has a lone ' that MessageFormat drops; write ''")
                            .doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }

    @Test
    void everyLanguageCanBeChosenInItsOwnName() throws IOException {
        Set<String> base = keys("messages.properties");
        for (Language language : I18n.UI_LANGUAGES) {
            assertThat(base).contains("language." + language.tag());
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return Bundles.keys("/fi/seloste/ui/i18n/" + file);
    }
}
