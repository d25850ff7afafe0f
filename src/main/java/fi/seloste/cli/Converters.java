package fi.seloste.cli;

import fi.seloste.batch.ExportFormat;
import fi.seloste.domain.Language;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values with messages in the user's language when they are wrong. */
final class Converters {

    private Converters() {
    }

    static ITypeConverter<ExportFormat> format(CliText text) {
        return value -> ExportFormat.fromToken(value).orElseThrow(
                () -> new TypeConversionException(text.get("usage.badFormat", value, ExportFormat.tokens())));
    }

    static ITypeConverter<Language> language(CliText text) {
        return value -> {
            for (Language language : Language.values()) {
                if (language.tag().equalsIgnoreCase(value.trim())) {
                    return language;
                }
            }
            throw new TypeConversionException(text.get("usage.badLanguage", value));
        };
    }
}
