package fi.seloste.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    /** The schema of format version 2 (before the owner's roles and names were written per language), likewise kept. */
    static final String RESOURCE_2 = "/fi/seloste/interchange/notice-interchange-2.schema.json";
    /** The schema of format version 3 (registers with their own security, cookies and systems), likewise kept. */
    static final String RESOURCE_3 = "/fi/seloste/interchange/notice-interchange-3.schema.json";


    private NoticeSchema() {
    }

    /** The problems found, and whether the validator stopped at {@link NoticeInterchange#MAX_PROBLEMS}. */
    record Result(List<InterchangeProblem> problems, boolean stoppedEarly) {
    }

    static Result validate(JsonNode document, Language language) {
        return validate(document, NoticeInterchange.FORMAT_VERSION, language);
    }

    /**
     * Checks the document; stops after {@link NoticeInterchange#MAX_PROBLEMS} problems, so that a file with a
     * million wrong items costs as much as one with a thousand.
     */
    static Result validate(JsonNode document, int formatVersion, Language language) {
        BoundedErrors errors = new BoundedErrors(NoticeInterchange.MAX_PROBLEMS);
        boolean stopped = false;
        try {
            schemaOf(formatVersion).validate(document, context -> {
                context.executionConfig(config -> config.locale(language.locale()));
                context.setErrors(errors);
            });
        } catch (BoundedErrors.Full e) {
            stopped = true;
        }
        Map<NodePath, Integer> perLocation = new HashMap<>();
        errors.forEach(error -> perLocation.merge(error.getInstanceLocation(), 1, Integer::sum));
        InterchangeMessages messages = InterchangeMessages.in(language);
        // The validator says "must have only unique items" once for every repeated item; once is enough.
        Set<InterchangeProblem> problems = new LinkedHashSet<>();
        for (Error error : errors) {
            if (!isTheNullAlternative(error, perLocation)) {
                problems.add(new InterchangeProblem(path(error.getInstanceLocation()), message(error, messages)));
            }
        }
        return new Result(List.copyOf(problems), stopped);
    }

    /**
     * The validator's wording, except for a date or an instant of the wrong shape and a country with white space
     * around it: "does not match the regex pattern ^(19[0-9]{2}|…" tells a person less than what the value must look
     * like.
     */
    private static String message(Error error, InterchangeMessages messages) {
        NodePath schema = error.getSchemaLocation().getFragment();
        if ("pattern".equals(error.getKeyword()) && schema.getNameCount() >= 2
                && "$defs".equals(String.valueOf(schema.getElement(0)))) {
            String definition = String.valueOf(schema.getElement(1));
            if (definition.equals("date") || definition.equals("instant")) {
                return messages.text(definition.equals("date") ? "notADate" : "notAnInstant",
                        String.valueOf(error.getInstanceNode()), DateRange.FIRST_YEAR, DateRange.LAST_YEAR);
            }
            if (definition.equals("transfer")) {
                return messages.text("countryPadded", String.valueOf(error.getInstanceNode()));
            }
        }
        return error.getMessage();
    }

    /**
     * Where a value may also be null, a wrong value fails both alternatives; "null expected" says nothing the other
     * problem at the same place does not say better.
     */
    private static boolean isTheNullAlternative(Error error, Map<NodePath, Integer> perLocation) {
        Object[] arguments = error.getArguments();
        boolean nullExpected = "type".equals(error.getKeyword()) && arguments != null && arguments.length > 1
                && "null".equals(String.valueOf(arguments[1]));
        return nullExpected && perLocation.getOrDefault(error.getInstanceLocation(), 0) > 1;
    }

    /** The validator's list of errors, which stops the validation when it is full. */
    private static final class BoundedErrors extends ArrayList<Error> {

        private static final long serialVersionUID = 1L;

        private final int capacity;

        BoundedErrors(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean add(Error error) {
            if (size() >= capacity) {
                throw new Full();
            }
            return super.add(error);
        }

        @Override
        public boolean addAll(Collection<? extends Error> more) {
            more.forEach(this::add);
            return !more.isEmpty();
        }

        /** Thrown out of the validator when the list is full; no stack trace, it is no error. */
        static final class Full extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Full() {
                super("enough problems", null, false, false);
            }
        }
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

    /** Loaded on first use, once (the holder idiom). */
    private static final class Schemas {
        static final Schema CURRENT = load(RESOURCE);
        static final Schema FORM_1 = load(RESOURCE_1);
        static final Schema FORM_2 = load(RESOURCE_2);
        static final Schema FORM_3 = load(RESOURCE_3);
    }

    private static Schema schemaOf(int formatVersion) {
        return switch (formatVersion) {
            case 1 -> Schemas.FORM_1;
            case 2 -> Schemas.FORM_2;
            case 3 -> Schemas.FORM_3;
            default -> Schemas.CURRENT;
        };
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
