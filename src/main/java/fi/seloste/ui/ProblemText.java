package fi.seloste.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.RefusedValue;

/** What went wrong with a file, told in the user's language with what to do next. Never a stack trace. */
public final class ProblemText {

    private static final Logger LOG = Logger.getLogger(ProblemText.class.getName());

    private ProblemText() {
    }

    public static String of(Throwable error, I18n i18n) {
        if (error instanceof ClientFileException e) {
            if (e.getCause() != null) {
                LOG.log(Level.INFO, e, () -> "Client file problem " + e.problem() + " with " + e.path());
            }
            RefusedValue refused = RefusedValue.of(e).orElse(new RefusedValue("notice", RefusedValue.Reason.NOT_ALLOWED));
            return i18n.text(key(e), ClientFileName.displayName(e.path()), e.path().toString(),
                    refused.where(), i18n.text("refused." + refused.reason().name()));
        }
        LOG.log(Level.SEVERE, "Unexpected failure", error);
        return i18n.text("problem.UNEXPECTED");
    }

    /** A file that has the right ending already needs other advice than "choose a file with this ending". */
    private static String key(ClientFileException e) {
        boolean named = e.problem() == ClientFileProblem.NOT_A_CLIENT_FILE && ClientFileName.isClientFile(e.path());
        return "problem." + e.problem().name() + (named ? ".named" : "");
    }
}
