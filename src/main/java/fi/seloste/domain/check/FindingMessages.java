package fi.seloste.domain.check;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.ResourceBundle;

import fi.seloste.domain.Country;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;

/**
 * The findings' texts in one language, from fi/seloste/domain/check/findings*.properties. As in the user interface
 * bundles, only patterns with arguments are formatted, so only they write an apostrophe as ''.
 */
final class FindingMessages {

    private static final String BUNDLE = "fi.seloste.domain.check.findings";
    /** Dates are written as in Finland (1.11.2027) in all three languages. */
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final Language language;
    private final ResourceBundle bundle;

    private FindingMessages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static FindingMessages in(Language language) {
        return new FindingMessages(language);
    }

    String message(Finding finding) {
        String pattern = bundle.getString(finding.rule().messageKey());
        if (finding.arguments().isEmpty()) {
            return pattern;
        }
        return MessagePattern.format(pattern, finding.arguments().stream().map(this::text).toList());
    }

    private String text(MessageArgument argument) {
        if (argument instanceof MessageArgument.Verbatim verbatim) {
            return orUnnamed(verbatim.text());
        }
        if (argument instanceof MessageArgument.OwnerText ownerText) {
            return orUnnamed(inReadersLanguageOrAnother(ownerText.text()));
        }
        if (argument instanceof MessageArgument.CountryName country) {
            return orUnnamed(Country.name(country.code(), language));
        }
        if (argument instanceof MessageArgument.LanguageName languageName) {
            return bundle.getString("language.in." + languageName.language().tag());
        }
        if (argument instanceof MessageArgument.StepName stepName) {
            return bundle.getString("step." + stepName.step().name());
        }
        if (argument instanceof MessageArgument.FieldName fieldName) {
            return bundle.getString("field." + fieldName.field().name());
        }
        if (argument instanceof MessageArgument.Date date) {
            return FINNISH_DATE.format(date.date());
        }
        if (argument instanceof MessageArgument.Count count) {
            return grouped(count.value());
        }
        throw new IllegalArgumentException("Not a message argument: " + argument);
    }

    private String inReadersLanguageOrAnother(LocalizedText text) {
        if (!text.isBlankIn(language)) {
            return text.in(language).strip();
        }
        return Arrays.stream(Language.values()).filter(l -> !text.isBlankIn(l)).findFirst()
                .map(l -> text.in(l).strip())
                .orElse("");
    }

    /** 10,000 in English; 10 000 with a no-break space in Finnish and Swedish. */
    private String grouped(int value) {
        String digits = Integer.toString(Math.abs(value));
        String separator = language == Language.EN ? "," : "\u00a0";
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private String orUnnamed(String text) {
        return text.isBlank() ? bundle.getString("unnamed") : text.strip();
    }
}
