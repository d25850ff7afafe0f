package fi.seloste.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fi.seloste.domain.Language;

/**
 * The user's settings. uiLanguage null means "follow the operating system". recentFiles is newest first.
 */
public record Settings(Language uiLanguage, WindowBounds window, List<Path> recentFiles) {

    public static final int MAX_RECENT = 8;
    public static final Settings DEFAULT = new Settings(null, WindowBounds.DEFAULT, List.of());

    public Settings {
        window = Objects.requireNonNullElse(window, WindowBounds.DEFAULT);
        recentFiles = List.copyOf(recentFiles);
    }

    public Settings withUiLanguage(Language language) {
        return new Settings(language, window, recentFiles);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(uiLanguage, bounds, recentFiles);
    }

    /** Puts the file first in the recent list, dropping an older entry for it and the oldest beyond the limit. */
    public Settings withRecentFile(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>();
        recent.add(normalized);
        recentFiles.stream().filter(p -> !p.equals(normalized)).limit(MAX_RECENT - 1L).forEach(recent::add);
        return new Settings(uiLanguage, window, recent);
    }

    public Settings withoutRecentFile(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return new Settings(uiLanguage, window, recentFiles.stream().filter(p -> !p.equals(normalized)).toList());
    }
}
