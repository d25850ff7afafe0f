package fi.seloste.clients;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fi.seloste.store.ClientFileName;
import fi.seloste.store.ImportLeftovers;

/** The client files directly in a folder, by name: what {@code seloste list} and the client overview show. */
public final class ClientFolder {

    private ClientFolder() {
    }

    /** Throws NoSuchFileException or NotDirectoryException when the folder is not there, IOException when unreadable. */
    public static List<Path> clientFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (isClientFile(entry) && Files.isRegularFile(entry)) {
                    files.add(entry.toAbsolutePath().normalize());
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /** By name only: names starting with a dot are Seloste's unfinished imports and exports, and hidden files. */
    public static boolean isClientFile(Path entry) {
        String name = entry.getFileName().toString();
        return !name.startsWith(".") && !ImportLeftovers.isLeftover(entry) && ClientFileName.isClientFile(entry);
    }
}
