package fi.seloste.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads one catalogue file from the class path into its records, turning any problem into a {@link CatalogueException}. */
final class CatalogueFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CatalogueFiles() {
    }

    static <F, R> R load(String fileName, Class<F> fileType, Function<F, R> convert) {
        try (InputStream in = CatalogueFiles.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new CatalogueException(fileName, "not found on the class path", null);
            }
            return read(fileName, in, fileType, convert);
        } catch (IOException e) {
            throw new CatalogueException(fileName, "cannot be read: " + e.getMessage(), e);
        }
    }

    static <F, R> R read(String fileName, InputStream in, Class<F> fileType, Function<F, R> convert) {
        try {
            return convert.apply(MAPPER.readValue(in, fileType));
        } catch (JacksonException e) {
            throw new CatalogueException(fileName, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(fileName, e.getMessage(), e);
        }
    }
}
