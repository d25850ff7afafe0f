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
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.domain.Language;

/**
 * Reads and writes settings.properties in the config folder. A missing or unreadable file gives the defaults; a
 * write goes to a temporary file first and replaces the old one only when complete.
 */
public final class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.properties");
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    public Settings load() {
        if (!exists()) {
            return Settings.DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, e, () -> "Could not read " + file + "; using default settings");
            return Settings.DEFAULT;
        }
        return new Settings(language(p.getProperty("ui.language", "")), window(p), recent(p));
    }

    public void save(Settings settings) throws IOException {
        Properties p = new Properties();
        if (settings.uiLanguage() != null) {
            p.setProperty("ui.language", settings.uiLanguage().tag());
        }
        WindowBounds w = settings.window();
        p.setProperty("window.x", Double.toString(w.x()));
        p.setProperty("window.y", Double.toString(w.y()));
        p.setProperty("window.width", Double.toString(w.width()));
        p.setProperty("window.height", Double.toString(w.height()));
        p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        List<Path> recent = settings.recentFiles();
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty("recent." + i, recent.get(i).toString());
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(out, "Seloste settings");
            }
            moveIntoPlace(temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void moveIntoPlace(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Language language(String tag) {
        try {
            return tag.isBlank() ? null : Language.fromTag(tag);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static WindowBounds window(Properties p) {
        try {
            return new WindowBounds(
                    Double.parseDouble(p.getProperty("window.x", "NaN")),
                    Double.parseDouble(p.getProperty("window.y", "NaN")),
                    Double.parseDouble(p.getProperty("window.width", "1100")),
                    Double.parseDouble(p.getProperty("window.height", "760")),
                    Boolean.parseBoolean(p.getProperty("window.maximized", "false")));
        } catch (NumberFormatException e) {
            return WindowBounds.DEFAULT;
        }
    }

    private static List<Path> recent(Properties p) {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_RECENT; i++) {
            String value = p.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                recent.add(Path.of(value));
            }
        }
        return recent;
    }
}
