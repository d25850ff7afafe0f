package fi.seloste.oldnotice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed notices, kept in the test resources (copies of ../shared/seeds/), else beside the clone. */
final class Seeds {

    static final String BEAUTY_SALON = "beauty-salon-rekisteriseloste.txt";
    static final String PHYSIOTHERAPY = "physiotherapy-practice-tietosuojaseloste.txt";

    private static final List<Path> DIRS = List.of(Path.of("src/test/resources/fi/seloste/seeds"), Path.of("../shared/seeds"));

    private Seeds() {
    }

    static Path path(String name) {
        return DIRS.stream().map(dir -> dir.resolve(name)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " not found in " + DIRS));
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
