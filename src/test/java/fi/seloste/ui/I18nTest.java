package fi.seloste.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import fi.seloste.domain.Language;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileProblem;

import org.junit.jupiter.api.Test;

class I18nTest {

    @Test
    void theSystemLanguageIsUsedUntilTheUserChoosesOne() {
        assertThat(I18n.resolve(null, Locale.forLanguageTag("fi-FI"))).isEqualTo(Language.FI);
        assertThat(I18n.resolve(null, Locale.forLanguageTag("de-DE"))).isEqualTo(Language.EN);
        assertThat(I18n.resolve(Language.EN, Locale.forLanguageTag("fi-FI"))).isEqualTo(Language.EN);
    }

    @Test
    void eachFileProblemHasItsOwnMessageNamingTheFileInEachLanguage() {
        Path file = Path.of("/asiakkaat/Helmenloiste.seloste.mv.db");
        for (Language language : I18n.UI_LANGUAGES) {
            I18n i18n = I18n.of(language);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (ClientFileProblem problem : ClientFileProblem.values()) {
                String text = ProblemText.of(new ClientFileException(problem, file), i18n);
                assertThat(text).as("%s in %s", problem, language).containsAnyOf("Helmenloiste", file.toString());
                assertThat(seen.add(text)).as("%s has a message of its own", problem).isTrue();
            }
        }
    }

    @Test
    void finnishTextIsFinnish() {
        assertThat(I18n.of(Language.FI).text("menu.file")).isEqualTo("_Tiedosto");
        assertThat(I18n.of(Language.EN).text("menu.file")).isEqualTo("_File");
    }
}
