package fi.seloste.testing;

import java.nio.file.Path;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFiles;

/**
 * Edits a client file through the app's own store as a user typing would: edit N renames the controller "edit N"
 * and every third edit also rewrites the first register's description, each edit its own commit. As a child process
 * main ({@code FILE [COUNT]}): prints "saved N" after each edit has returned; with COUNT it closes the file cleanly
 * after COUNT edits and prints "closed", without it it edits until it is killed (as a crash or a power cut ends the
 * app). Uses only the app's classes, so a bench script can also run it as a single source file against a built
 * image's jars ({@code java -cp 'lib/app/*' EditUntilKilled.java FILE}).
 */
public final class EditUntilKilled {

    private EditUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        Integer count = args.length > 1 ? Integer.valueOf(args[1]) : null;
        ClientFile file = ClientFiles.open(Path.of(args[0]));
        Notice base = file.load();
        for (int n = 1; count == null || n <= count; n++) {
            edit(file, base, n);
            System.out.println("saved " + n);
            System.out.flush();
        }
        file.close();
        System.out.println("closed");
        System.out.flush();
    }

    /** Edit number {@code n} of {@code base}, saved as the app saves a change. */
    public static void edit(ClientFile file, Notice base, int n) throws ClientFileException {
        file.saveController(base.controller().withName("edit " + n));
        if (n % 3 == 0 && !base.registers().isEmpty()) {
            Register first = base.registers().get(0);
            file.saveRegister(first.toBuilder()
                    .description(LocalizedText.finnish("Rekisterin kuvaus, muokkaus " + n + ". " + "x".repeat(n % 97)))
                    .build());
        }
    }

    /** The controller's name after edit {@code n}: how a test tells which edit a file holds. */
    public static String nameAfter(int n) {
        return "edit " + n;
    }
}
