package fi.seloste.domain.check;

import java.time.LocalDate;
import java.util.Objects;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;

/** A value a finding's message names, written out in the language the message is read in. */
public sealed interface MessageArgument {

    /** Text the owner typed once for all languages, such as a system's name or a country. */
    record Verbatim(String text) implements MessageArgument {
        public Verbatim {
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /** Text the owner writes per language, such as a register's name; another language's text stands in for a blank. */
    record OwnerText(LocalizedText text) implements MessageArgument {
        public OwnerText {
            text = Objects.requireNonNullElse(text, LocalizedText.EMPTY);
        }
    }

    /** A notice language, named as "in Swedish". */
    /** A country as an ISO code, named in the reader's language; text kept as typed comes out as typed. */
    record CountryName(String code) implements MessageArgument {
        public CountryName {
            code = Objects.requireNonNullElse(code, "");
        }
    }

    record LanguageName(Language language) implements MessageArgument {
        public LanguageName {
            Objects.requireNonNull(language, "language");
        }
    }

    record StepName(NoticeStep step) implements MessageArgument {
        public StepName {
            Objects.requireNonNull(step, "step");
        }
    }

    /** Which of the owner's fields a finding is about ("own data item"), named in the reader's language. */
    record FieldName(OwnerTextField field) implements MessageArgument {
        public FieldName {
            Objects.requireNonNull(field, "field");
        }
    }

    /** A whole number, written with the reader's digit grouping (10 000, 10,000). */
    record Count(int value) implements MessageArgument {
    }

    record Date(LocalDate date) implements MessageArgument {
        public Date {
            Objects.requireNonNull(date, "date");
        }
    }

    static MessageArgument verbatim(String text) {
        return new Verbatim(text);
    }

    static MessageArgument ownerText(LocalizedText text) {
        return new OwnerText(text);
    }

    static MessageArgument number(int number) {
        return new Verbatim(Integer.toString(number));
    }

    static MessageArgument count(int count) {
        return new Count(count);
    }

    static MessageArgument country(String code) {
        return new CountryName(code);
    }

    static MessageArgument languageName(Language language) {
        return new LanguageName(language);
    }

    static MessageArgument stepName(NoticeStep step) {
        return new StepName(step);
    }

    static MessageArgument fieldName(OwnerTextField field) {
        return new FieldName(field);
    }

    static MessageArgument date(LocalDate date) {
        return new Date(date);
    }
}
