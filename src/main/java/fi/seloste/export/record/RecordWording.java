package fi.seloste.export.record;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;

/**
 * The record's fixed wording in one language, from fi/seloste/export/record*.properties: labels and third-person
 * sentences, never the notice's "we". A label of an enum (a safeguard, a security measure, a retention period) the
 * record does not word itself is the notice's own label from fi/seloste/export/notice*.properties; the record
 * bundle words every label whose notice wording speaks to the reader or for the business.
 */
public final class RecordWording {

    private static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Language language;
    private final ResourceBundle record;
    private final ResourceBundle notice;

    public RecordWording(Language language) {
        this.language = language;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.record = ResourceBundle.getBundle("fi.seloste.export.record", language.locale(), control);
        this.notice = ResourceBundle.getBundle("fi.seloste.export.notice", language.locale(), control);
    }

    public Language language() {
        return language;
    }

    /** A pattern of the record bundle, through MessageFormat (an apostrophe is written '' in the bundles). */
    public String word(String key, Object... arguments) {
        return new MessageFormat(record.getString(key), language.locale()).format(arguments);
    }

    /** An enum's label: the record's own wording if it has one, else the notice's label. */
    String label(Enum<?> value, Object... arguments) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        String pattern = record.containsKey(key) ? record.getString(key) : notice.getString(key);
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    String answer(Answer answer) {
        return answer.isYes() ? word("answer.yes") : word("answer.no");
    }

    String date(LocalDate date) {
        return date.format(language == Language.EN ? ENGLISH_DATE : NUMERIC_DATE);
    }

    /** The owner's text in the language, or her Finnish text when that is missing; stripped. */
    String owner(LocalizedText text) {
        String wanted = text.in(language).strip();
        return wanted.isEmpty() ? text.fi().strip() : wanted;
    }
}
