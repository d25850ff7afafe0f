package fi.seloste.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.store.ClientFileName;
import fi.seloste.ui.I18n;

/**
 * When to offer renaming the client file after the business: while the file still has the name Seloste gave the
 * first file ("My business", "Oma yritys", "Mitt företag", in whichever language it was made) and a business name is
 * typed that would give the file another name.
 */
final class RenameSuggestion {

    private RenameSuggestion() {
    }

    /** The business name to offer, or empty when there is nothing to offer. */
    static Optional<String> of(Path file, Notice notice) {
        String typed = notice.controller().name().strip();
        String current = ClientFileName.displayName(file);
        if (typed.isEmpty() || !isDefaultName(current)) {
            return Optional.empty();
        }
        Path renamed = ClientFileName.forClient(file.toAbsolutePath().getParent(), typed);
        return renamed.getFileName().equals(file.getFileName()) ? Optional.empty() : Optional.of(typed);
    }

    private static boolean isDefaultName(String name) {
        for (Language language : I18n.UI_LANGUAGES) {
            if (name.equals(I18n.of(language).text("clientfile.defaultName"))) {
                return true;
            }
        }
        return false;
    }
}
