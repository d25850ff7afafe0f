package fi.seloste.domain;

import java.util.Objects;

/** Free text the owner writes, once per notice language. Absent text is the empty string, never null. */
public record LocalizedText(String fi, String sv, String en) {

    public static final LocalizedText EMPTY = new LocalizedText("", "", "");

    public LocalizedText {
        fi = Objects.requireNonNullElse(fi, "");
        sv = Objects.requireNonNullElse(sv, "");
        en = Objects.requireNonNullElse(en, "");
    }

    public static LocalizedText finnish(String text) {
        return new LocalizedText(text, "", "");
    }

    public String in(Language language) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    public LocalizedText with(Language language, String text) {
        return switch (language) {
            case FI -> new LocalizedText(text, sv, en);
            case SV -> new LocalizedText(fi, text, en);
            case EN -> new LocalizedText(fi, sv, text);
        };
    }

    public boolean isBlankIn(Language language) {
        return in(language).isBlank();
    }

    public boolean isBlank() {
        return fi.isBlank() && sv.isBlank() && en.isBlank();
    }
}
