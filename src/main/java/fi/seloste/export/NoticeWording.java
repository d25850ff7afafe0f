package fi.seloste.export;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import fi.seloste.domain.Language;

/** The notice's fixed wording in one notice language, from fi/seloste/export/notice*.properties. */
final class NoticeWording {

    private final Language language;
    private final ResourceBundle bundle;

    NoticeWording(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("fi.seloste.export.notice", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    /** Every pattern goes through MessageFormat, so an apostrophe is always written '' in the bundles. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    String of(Enum<?> value) {
        return text(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
