package fi.seloste.domain.diff;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.domain.Country;
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
        return MessagePattern.format(bundle.getString(kind.name().toLowerCase(Locale.ROOT)), localized(language));
    }

    /** A transfer's argument is "system → country code"; the country is named in the reader's language. */
    private List<String> localized(Language language) {
        if (kind != ChangeKind.TRANSFER_ADDED && kind != ChangeKind.TRANSFER_REMOVED) {
            return arguments;
        }
        return arguments.stream().map(argument -> {
            int arrow = argument.lastIndexOf(RegisterComparison.ARROW);
            return arrow < 0 ? argument : argument.substring(0, arrow + RegisterComparison.ARROW.length())
                    + Country.name(argument.substring(arrow + RegisterComparison.ARROW.length()), language);
        }).toList();
    }
}
