package fi.seloste.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import fi.seloste.domain.Language;

import tools.jackson.databind.JsonNode;

/**
 * The interchange format's JSON Schema (docs/schemas/notice-interchange.schema.json, copied onto the class path by
 * the build), used to check an imported document before anything of it is bound or written. Problems are worded
 * by the validator in the reader's language.
 */
final class NoticeSchema {

    static final String RESOURCE = "/fi/seloste/interchange/notice-interchange.schema.json";
    /** The schema of format version 1, kept so that files written by an older Seloste still import. */
    static final String RESOURCE_1 = "/fi/seloste/interchange/notice-interchange-1.schema.json";


    private NoticeSchema() {
    }

    static List<InterchangeProblem> validate(JsonNode document, Language language) {
        return validate(document, NoticeInterchange.FORMAT_VERSION, language);
    }

    static List<InterchangeProblem> validate(JsonNode document, int formatVersion, Language language) {
        List<Error> errors = (formatVersion == 1 ? schema1() : schema()).validate(document,
                context -> context.executionConfig(config -> config.locale(language.locale())));
        List<InterchangeProblem> problems = new ArrayList<>();
        for (Error error : errors) {
            if (!isTheNullAlternative(error, errors)) {
                problems.add(new InterchangeProblem(path(error.getInstanceLocation()), error.getMessage()));
            }
        }
        return problems;
    }

    /**
     * Where a value may also be null, a wrong value fails both alternatives; "null expected" says nothing the other
     * problem at the same place does not say better.
     */
    private static boolean isTheNullAlternative(Error error, List<Error> all) {
        Object[] arguments = error.getArguments();
        boolean nullExpected = "type".equals(error.getKeyword()) && arguments != null && arguments.length > 1
                && "null".equals(String.valueOf(arguments[1]));
        return nullExpected && all.stream().anyMatch(other -> other != error
                && other.getInstanceLocation().equals(error.getInstanceLocation()));
    }

    static String path(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                JsonPaths.appendIndex(path, index);
            } else {
                JsonPaths.appendName(path, String.valueOf(element));
            }
        }
        return path.toString();
    }

    private static Schema schema() {
        return Schemas.CURRENT;
    }

    private static Schema schema1() {
        return Schemas.FORM_1;
    }

    /** Loaded on first use, once (the holder idiom). */
    private static final class Schemas {
        static final Schema CURRENT = load(RESOURCE);
        static final Schema FORM_1 = load(RESOURCE_1);
    }

    private static Schema load(String resource) {
        try (InputStream in = Objects.requireNonNull(NoticeSchema.class.getResourceAsStream(resource), resource)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
