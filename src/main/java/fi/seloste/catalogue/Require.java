package fi.seloste.catalogue;

import java.util.List;
import java.util.regex.Pattern;

import fi.seloste.domain.LocalizedText;

/** Checks the catalogue records make while being read, so that a bad entry fails with the field it is about. */
final class Require {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank");
        }
        return value;
    }

    static String key(String value, String field) {
        text(value, field);
        if (!KEBAB_CASE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be kebab-case: " + value);
        }
        return value;
    }

    /** Text in all three notice languages: a catalogue text may be printed in any of them. */
    static LocalizedText localized(LocalizedText value, String field) {
        present(value, field);
        if (value.fi().isBlank() || value.sv().isBlank() || value.en().isBlank()) {
            throw new IllegalArgumentException(field + " needs non-blank fi, sv and en: " + value);
        }
        return value;
    }

    static LocalizedText localizedOrNull(LocalizedText value, String field) {
        return value == null ? null : localized(value, field);
    }

    static <T> List<T> list(List<T> value, String field) {
        that(present(value, field).stream().noneMatch(java.util.Objects::isNull), field + " holds a null entry");
        return List.copyOf(value);
    }

    static void that(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
