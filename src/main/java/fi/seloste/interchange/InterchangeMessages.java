package fi.seloste.interchange;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import fi.seloste.domain.Language;

/** Texts of import problems, from fi/seloste/interchange/problems*.properties (MessageFormat patterns). */
final class InterchangeMessages {

    private static final String BUNDLE = "fi.seloste.interchange.problems";

    private final Language language;
    private final ResourceBundle bundle;

    private InterchangeMessages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static InterchangeMessages in(Language language) {
        return new InterchangeMessages(language);
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
