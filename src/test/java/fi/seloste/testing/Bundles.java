package fi.seloste.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** For the tests that keep resource bundles and the code that names their keys in step. */
public final class Bundles {

    private Bundles() {
    }

    /** A properties file on the class path, read as UTF-8; fails the test if it is missing. */
    public static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    public static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    /**
     * Every key the Java sources under {@code folder} name literally, where group 1 of {@code keyInCode} is the
     * key; a key ending in "." is the start of one put together at run time and is left out.
     */
    public static Set<String> keysNamedIn(String folder, Pattern keyInCode) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of(folder))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = keyInCode.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return used;
    }
}
