package fi.seloste.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Copies kept beside a client file before it is changed. When a copy with the same bytes is there already (the same
 * older file whose upgrade failed before), that copy is kept and no new one is made: trying the same file again and
 * again leaves one copy, not one per try.
 */
final class BackupCopies {

    private BackupCopies() {
    }

    /**
     * {@code wanted}, or a sibling of {@code file} whose name starts with {@code samePrefix}, ends in ".bak" and has
     * exactly the bytes of {@code file}: the copy that is there already. When the folder cannot be read, {@code wanted}.
     */
    static Path identicalOr(Path wanted, Path file, String samePrefix) {
        try {
            return identicalCopy(file, samePrefix).orElse(wanted);
        } catch (IOException e) {
            return wanted;
        }
    }

    /** Copies {@code file} to {@code backup} unless {@code backup} is there already ({@link #identicalOr}). */
    static void copyIfNew(Path file, Path backup) throws IOException {
        if (!Files.exists(backup)) {
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static Optional<Path> identicalCopy(Path file, String samePrefix) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        long size = Files.size(file);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(samePrefix) && name.endsWith(".bak");
        })) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && Files.size(entry) == size && Files.mismatch(file, entry) == -1) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }
}
