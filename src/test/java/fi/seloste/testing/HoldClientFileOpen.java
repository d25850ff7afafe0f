package fi.seloste.testing;

import java.nio.file.Path;

import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;

/** Child process main: opens a client file, says so, and keeps it open until killed. */
public final class HoldClientFileOpen {

    public static void main(String[] args) throws Exception {
        try (ClientFile file = ClientFiles.open(Path.of(args[0]))) {
            System.out.println("open " + file.path());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
