package fi.seloste.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Seloste keeps its settings and, by default, its client files. The system properties seloste.config.dir and
 * seloste.documents.dir override both (tests, portable installs).
 */
public record AppDirs(Path configDir, Path defaultClientFolder) {

    public static AppDirs forThisUser() {
        Path home = Path.of(System.getProperty("user.home"));
        Path config = Optional.ofNullable(System.getProperty("seloste.config.dir")).map(Path::of)
                .orElseGet(() -> platformConfigDir(home));
        Path documents = Optional.ofNullable(System.getProperty("seloste.documents.dir")).map(Path::of)
                .orElseGet(() -> documentsDir(home).resolve("Seloste"));
        return new AppDirs(config, documents);
    }

    private static Path platformConfigDir(Path home) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Optional.ofNullable(System.getenv("APPDATA")).map(Path::of).orElse(home).resolve("Seloste");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Seloste");
        }
        return Optional.ofNullable(System.getenv("XDG_CONFIG_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(home.resolve(".config")).resolve("seloste");
    }

    /** The user's documents folder: on Linux the XDG one (e.g. ~/Asiakirjat on a Finnish desktop). */
    static Path documentsDir(Path home) {
        Path userDirs = home.resolve(".config/user-dirs.dirs");
        if (Files.isReadable(userDirs)) {
            try {
                List<String> lines = Files.readAllLines(userDirs);
                for (String line : lines) {
                    if (line.startsWith("XDG_DOCUMENTS_DIR=")) {
                        String value = line.substring(line.indexOf('=') + 1).replace("\"", "").replace("$HOME", home.toString());
                        return Path.of(value);
                    }
                }
            } catch (IOException e) {
                // fall through to the usual name
            }
        }
        return home.resolve("Documents");
    }
}
