package fi.seloste.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import fi.seloste.clients.ClientScanner;
import fi.seloste.store.ClientFileException;

/** Reads a client file through the app's gate, with the gate's failures told as the batch's own. */
final class Gates {

    private Gates() {
    }

    static <T> T read(ClientScanner.Gate gate, Path file, Callable<T> read)
            throws BatchFailure, ClientFileException, IOException {
        try {
            return gate.around(file, read);
        } catch (BatchFailure | ClientFileException | RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw new ClientFileReadFailure(String.valueOf(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientFileReadFailure("interrupted while waiting to read " + file, e);
        } catch (Exception e) {
            throw new ClientFileReadFailure(String.valueOf(e.getMessage()), e);
        }
    }
}
