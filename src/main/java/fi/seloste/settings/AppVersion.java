package fi.seloste.settings;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** Seloste's version as the build wrote it into version.properties, however the app was started (jar or classes). */
public final class AppVersion {

    private AppVersion() {
    }

    /** The version, such as "0.1.0-SNAPSHOT"; empty only when the resource was not built (never in a build). */
    public static Optional<String> current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version"))
                    .filter(v -> !v.isBlank() && !v.startsWith("${"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
