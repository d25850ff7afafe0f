package fi.seloste.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The folders the client overview shows, in client-folders.properties beside settings.properties (a file of its own,
 * so the overview's folders never touch the window and language settings). Until the user chooses, the default
 * client folder. A write goes to a temporary file first and replaces the old one only when complete.
 */
public final class ClientFoldersStore {

    private static final Logger LOG = Logger.getLogger(ClientFoldersStore.class.getName());
    /** More folders than an accountant keeps clients in; a damaged file cannot make the overview scan the disk. */
    public static final int MAX_FOLDERS = 50;

    private final Path file;
    private final Path defaultFolder;

    public ClientFoldersStore(AppDirs dirs) {
        this(dirs.configDir(), dirs.defaultClientFolder());
    }

    public ClientFoldersStore(Path configDir, Path defaultFolder) {
        this.file = configDir.resolve("client-folders.properties");
        this.defaultFolder = defaultFolder;
    }

    public List<Path> load() {
        if (!Files.isRegularFile(file)) {
            return List.of(defaultFolder.toAbsolutePath().normalize());
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, e, () -> "Could not read " + file + "; showing the default client folder");
            return List.of(defaultFolder.toAbsolutePath().normalize());
        }
        LinkedHashSet<Path> folders = new LinkedHashSet<>();
        for (int i = 0; i < MAX_FOLDERS; i++) {
            String value = p.getProperty("folder." + i);
            if (value != null && !value.isBlank()) {
                try {
                    folders.add(Path.of(value).toAbsolutePath().normalize());
                } catch (java.nio.file.InvalidPathException e) {
                    LOG.fine(() -> "Skipping the folder " + value);
                }
            }
        }
        return new ArrayList<>(folders);
    }

    public void save(List<Path> folders) throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < Math.min(folders.size(), MAX_FOLDERS); i++) {
            p.setProperty("folder." + i, folders.get(i).toAbsolutePath().normalize().toString());
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "client-folders", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(out, "Seloste client overview folders");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
