package fi.seloste.batch;

import java.io.IOException;

/** A client file could not be read (the disk, a drive gone, waiting for it interrupted): nothing was written. */
public final class ClientFileReadFailure extends IOException {

    ClientFileReadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
