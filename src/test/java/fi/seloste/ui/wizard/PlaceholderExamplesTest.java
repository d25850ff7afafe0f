package fi.seloste.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import fi.seloste.domain.BusinessId;
import fi.seloste.domain.Language;
import fi.seloste.ui.I18n;

import org.junit.jupiter.api.Test;

/** An example in a field's placeholder passes the check the field itself makes, in every UI language. */
class PlaceholderExamplesTest {

    /** "e.g. ", "esim. ", "t.ex. ": what comes after is the example. */
    private static final Pattern EXAMPLE = Pattern.compile("(?:.*(?:e\\.g\\.|esim\\.|t\\.ex\\.) )?(.+)");

    private static final Map<String, Function<String, Optional<String>>> CHECKED = Map.of(
            "controller.businessId.prompt", Validation::businessId,
            "controller.postalCode.prompt", Validation::postalCode,
            "controller.phone.prompt", Validation::phone,
            "controller.email.prompt", Validation::email,
            "controller.website.prompt", Validation::website);

    @Test
    void everyExampleInAPlaceholderPassesItsFieldsCheck() {
        for (Language language : I18n.UI_LANGUAGES) {
            I18n i18n = I18n.of(language);
            CHECKED.forEach((key, check) -> {
                var m = EXAMPLE.matcher(i18n.text(key));
                assertThat(m.matches()).isTrue();
                assertThat(check.apply(m.group(1))).as("%s in %s: %s", key, language, m.group(1)).isEmpty();
            });
        }
    }

    @Test
    void theBusinessIdMessagesTellTheMissingDashFromAWrongCheckDigit() {
        assertThat(Validation.businessId("12345678")).contains("validation.businessId.dash");
        assertThat(Validation.businessId("1234567 1")).contains("validation.businessId.dash");
        assertThat(Validation.businessId("1234567-8")).contains("validation.businessId.checkDigit");
        assertThat(Validation.businessId("1234567-1")).isEmpty();
        assertThat(Validation.businessId("123-45")).contains("validation.businessId");
        assertThat(BusinessId.withDash(" 12345678 ")).contains("1234567-8");
        assertThat(BusinessId.withDash("1234567-8")).isEmpty();
        assertThat(BusinessId.withDash("123456789")).isEmpty();
    }
}
