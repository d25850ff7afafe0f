package fi.seloste.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import fi.seloste.domain.Language;

/**
 * The command line's messages in one language, from fi/seloste/cli/messages*.properties. Every entry is a
 * MessageFormat pattern, so every apostrophe is written ''.
 */
final class CliText {

    private final Language language;
    private final ResourceBundle bundle;

    CliText(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("fi.seloste.cli.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** The help texts (picocli's usage.* keys and option descriptions) in the same language. */
    ResourceBundle help() {
        return ResourceBundle.getBundle("fi.seloste.cli.help", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
