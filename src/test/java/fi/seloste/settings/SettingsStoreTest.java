package fi.seloste.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import fi.seloste.domain.Language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path config;

    @Test
    void settingsSurviveASaveAndLoad() throws Exception {
        Settings saved = Settings.DEFAULT.withUiLanguage(Language.FI)
                .withWindow(new WindowBounds(10, 20, 1280, 800, true))
                .withRecentFile(Path.of("/a/Flowest.seloste.mv.db"))
                .withRecentFile(Path.of("/a/Helmenloiste.seloste.mv.db"));
        SettingsStore store = new SettingsStore(config.resolve("sub"));
        store.save(saved);
        assertThat(store.load()).isEqualTo(saved);
        try (var files = Files.list(config.resolve("sub"))) {
            assertThat(files).as("no temporary file is left").hasSize(1);
        }
    }

    @Test
    void noFileOrABrokenFileGivesTheDefaults() throws Exception {
        SettingsStore store = new SettingsStore(config);
        assertThat(store.load()).isEqualTo(Settings.DEFAULT);
        Files.writeString(config.resolve("settings.properties"), "window.width=wide\nui.language=klingon\nrecent.0=\\u00");
        assertThat(store.load().uiLanguage()).isNull();
    }

    @Test
    void recentFilesAreNewestFirstWithoutDuplicatesAndLimited() {
        Settings settings = Settings.DEFAULT;
        for (int i : IntStream.range(0, 12).toArray()) {
            settings = settings.withRecentFile(Path.of("/c/" + i + ".seloste.mv.db"));
        }
        settings = settings.withRecentFile(Path.of("/c/5.seloste.mv.db"));
        assertThat(settings.recentFiles()).hasSize(Settings.MAX_RECENT).first().isEqualTo(Path.of("/c/5.seloste.mv.db"));
        assertThat(settings.recentFiles()).doesNotHaveDuplicates();
        assertThat(settings.withoutRecentFile(Path.of("/c/5.seloste.mv.db")).recentFiles()).hasSize(Settings.MAX_RECENT - 1);
    }
}
