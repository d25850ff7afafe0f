package fi.seloste.domain.diff;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.domain.Language;
import fi.seloste.domain.check.MessagePattern;

/** One change between two versions, told in plain words; arguments are names from the notice (register, system…). */
public record Change(ChangeKind kind, List<String> arguments) {

    private static final String BUNDLE = "fi.seloste.domain.diff.changes";

    public Change {
        arguments = List.copyOf(arguments);
    }

    public String message(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return MessagePattern.format(bundle.getString(kind.name().toLowerCase(Locale.ROOT)), arguments);
    }
}
