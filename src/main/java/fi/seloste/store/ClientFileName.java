package fi.seloste.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Client files are H2 databases named {@code <client>.seloste.mv.db}: H2 insists on the ".mv.db" ending, and the
 * ".seloste" before it tells Seloste's files from other H2 databases in a folder. See docs/decisions.
 */
public final class ClientFileName {

    public static final String EXTENSION = ".seloste.mv.db";
    private static final String H2_SUFFIX = ".mv.db";

    private ClientFileName() {
    }

    public static boolean isClientFile(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** The file for a client name typed by the user, with characters no file system accepts replaced. */
    public static Path forClient(Path folder, String clientName) {
        String safe = clientName.strip().replaceAll("[\\\\/:;*?\"<>|\\p{Cntrl}]", "_");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
            safe = "client";
        }
        return folder.resolve(safe + EXTENSION);
    }

    /** Adds the extension when the user left it out. */
    public static Path withExtension(Path path) {
        return isClientFile(path) ? path : path.resolveSibling(path.getFileName() + EXTENSION);
    }

    /** The client's name as the file name shows it. */
    public static String displayName(Path path) {
        String name = path.getFileName().toString();
        return isClientFile(path) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /** H2 opens only files ending in ".mv.db"; a path with ";" cannot be put in a JDBC URL. */
    static boolean isH2FileName(Path path) {
        String absolute = path.toAbsolutePath().toString();
        return absolute.toLowerCase(Locale.ROOT).endsWith(H2_SUFFIX) && absolute.indexOf(';') < 0;
    }

    /** The name H2 wants in its JDBC URL: the path without ".mv.db". */
    static String databaseName(Path path) {
        String absolute = path.toAbsolutePath().toString();
        if (!absolute.toLowerCase(Locale.ROOT).endsWith(H2_SUFFIX)) {
            throw new IllegalArgumentException("Not an H2 database file name: " + path);
        }
        return absolute.substring(0, absolute.length() - H2_SUFFIX.length());
    }
}
