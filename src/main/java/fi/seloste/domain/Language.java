package fi.seloste.domain;

import java.util.Locale;

/** The languages Seloste writes notices in and speaks in its user interface. */
public enum Language {
    FI, SV, EN;

    /** BCP 47 tag, as used in HTML lang attributes and resource bundle names. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public static Language fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Not a notice language: " + tag);
    }
}
