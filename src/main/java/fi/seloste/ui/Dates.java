package fi.seloste.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import fi.seloste.domain.Language;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates as Finnish readers write them, d.M.yyyy, in every UI language, and calendars whose weeks start on Monday,
 * whatever the operating system's locale says.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /**
     * Shows and reads the picker's date as d.M.yyyy, its calendar in the UI's language with Monday first. The
     * calendar takes its day and month names and its first day of the week from the default format locale (it has
     * no locale of its own), so that is set to the UI language as used in Finland.
     */
    public static void use(DatePicker picker, I18n i18n) {
        Locale.setDefault(Locale.Category.FORMAT, inFinland(i18n.language()));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), DAY);
            }
        });
        picker.setPromptText(i18n.text("date.prompt"));
    }

    static Locale inFinland(Language language) {
        return new Locale(language.tag(), "FI");
    }
}
