package fi.seloste.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.domain.Language;

/** The user-interface text of one language, from the resource bundles under fi/seloste/ui/i18n. */
public final class I18n {

    public static final String BUNDLE = "fi.seloste.ui.i18n.messages";
    /** Languages the user interface is translated into. */
    public static final List<Language> UI_LANGUAGES = List.of(Language.FI, Language.SV, Language.EN);

    private final Language language;
    private final ResourceBundle bundle;

    private I18n(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static I18n of(Language language) {
        return new I18n(UI_LANGUAGES.contains(language) ? language : Language.EN);
    }

    /** The chosen language, or the operating system's when none is chosen; English when Seloste lacks it. */
    public static Language resolve(Language chosen, Locale system) {
        if (chosen != null && UI_LANGUAGES.contains(chosen)) {
            return chosen;
        }
        return UI_LANGUAGES.stream().filter(l -> l.tag().equals(system.getLanguage())).findFirst().orElse(Language.EN);
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
