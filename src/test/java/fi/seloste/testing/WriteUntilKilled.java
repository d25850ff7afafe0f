package fi.seloste.testing;

import java.nio.file.Path;

import fi.seloste.domain.Controller;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;

/**
 * Child process main: saves the controller name "edit N" for N = 1, 2, … and reports each save once it returned.
 * The name continues from what the file holds, so a file killed several times keeps counting up.
 */
public final class WriteUntilKilled {

    public static void main(String[] args) throws Exception {
        ClientFile file = ClientFiles.open(Path.of(args[0]));
        String name = file.load().controller().name();
        int start = name.startsWith("edit ") ? Integer.parseInt(name.substring("edit ".length())) : 0;
        for (int n = 1; ; n++) {
            file.saveController(Controller.EMPTY.withName("edit " + (start + n)));
            System.out.println("saved " + (start + n));
            System.out.flush();
        }
    }
}
