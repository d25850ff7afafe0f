package fi.seloste.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether Seloste may write a file or folder. Besides asking the operating system, a POSIX file with no write bit
 * at all counts as read-only even for root, who could write it anyway: the user marked it read-only on purpose.
 */
final class Writability {

    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private Writability() {
    }

    static boolean canWrite(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return true;
        }
        try {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            return permissions.stream().anyMatch(WRITE_BITS::contains);
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder a new file at {@code target} goes into, made when missing; refused when it cannot be written. */
    static Path writableFolderFor(Path target) throws ClientFileException {
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ClientFileException(ClientFileProblem.READ_ONLY, target, e);
        }
        if (!canWrite(folder)) {
            throw new ClientFileException(ClientFileProblem.READ_ONLY, target);
        }
        return folder;
    }
}
