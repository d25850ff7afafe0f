package fi.seloste.testing;

import java.nio.file.Path;

import fi.seloste.domain.Controller;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;

/** Child process main: saves the controller name "edit N" for N = 1, 2, … and reports each save once it returned. */
public final class WriteUntilKilled {

    public static void main(String[] args) throws Exception {
        ClientFile file = ClientFiles.open(Path.of(args[0]));
        for (int n = 1; ; n++) {
            file.saveController(Controller.EMPTY.withName("edit " + n));
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
