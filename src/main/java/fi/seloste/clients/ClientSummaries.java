package fi.seloste.clients;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.catalogue.CatalogueUpdates;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Finding;
import fi.seloste.domain.check.Severity;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.ClientFiles;

/** Reads one client file, only to read it, into its {@link ClientSummary}. */
public final class ClientSummaries {

    private static final Logger LOG = Logger.getLogger(ClientSummaries.class.getName());

    private ClientSummaries() {
    }

    /** Never throws: a file that cannot be read gives a summary with its problem. */
    public static ClientSummary read(Path file, LocalDate today) {
        Notice notice;
        String fingerprint;
        List<SignOff> signOffs;
        try (ClientFile client = ClientFiles.openToRead(file)) {
            notice = client.load();
            fingerprint = client.fingerprint();
            signOffs = client.signOffs();
        } catch (ClientFileException e) {
            LOG.log(Level.FINE, e, () -> "Could not read " + file);
            return ClientSummary.unreadable(file, e.problem(), today);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Reading " + file + " failed inside Seloste");
            return ClientSummary.unreadable(file, ClientFileProblem.INTERNAL_ERROR, today);
        }
        return of(file, notice, fingerprint, signOffs, today);
    }

    static ClientSummary of(Path file, Notice notice, String fingerprint, List<SignOff> signOffs, LocalDate today) {
        SignOff last = signOffs.isEmpty() ? null : signOffs.get(signOffs.size() - 1);
        List<Finding> findings = new CompletenessCheck().check(notice, today);
        int errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        boolean changed = last != null && !fingerprint.equals(last.contentSha256());
        return new ClientSummary(file, null, notice.controller().name(), notice.controller().businessId(),
                last == null ? 0 : last.version(), changed, last == null ? null : last.signer(),
                last == null ? null : last.signedAt(), notice.settings().nextReview(), errors, warnings,
                CatalogueUpdates.of(notice).size(), today);
    }
}
