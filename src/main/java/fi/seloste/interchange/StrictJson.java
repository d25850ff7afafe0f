package fi.seloste.interchange;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bytes of an interchange file into a JSON tree, and refuses what two readers of the same file could read
 * as two different notices, or what Seloste could not keep exactly: bytes that are not characters
 * ({@link TextEncoding}), a key that appears twice in one object (one reader takes the first value, another the
 * last), anything after the end of the document, and a lone surrogate escape such as {@code \ud800}
 * ({@link LoneSurrogates}). The reader's limits ({@link ParserLimits}) bound the work before the schema is checked;
 * a file over one is told which.
 */
final class StrictJson {

    private static final JsonMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(new ParserLimits())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            // Checked below, to say what is wrong: content after the document, not "not valid JSON".
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** How Jackson words the exception STRICT_DUPLICATE_DETECTION throws; it has no type of its own. */
    private static final String DUPLICATE = "Duplicate Object property";

    private StrictJson() {
    }

    /** The document's tree; null or not an object when the file holds no document or another kind of value. */
    static JsonNode parse(byte[] file, InterchangeMessages messages) throws InterchangeException {
        TextEncoding.Utf8 text;
        try {
            text = TextEncoding.toUtf8(file, messages);
        } catch (TextEncoding.Undecodable e) {
            // The first problem in the file is the one told: a ZIP or a PDF is not JSON from its first byte on.
            InterchangeException earlier = syntaxErrorIn(e.before(), messages);
            throw earlier != null ? earlier : e.problem();
        }
        JsonNode root;
        try (JsonParser parser = READER.createParser(text.bytes(), text.offset(), text.length())) {
            try {
                root = READER.readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    throw problem("", messages.text("afterTheEnd", line(parser.currentTokenLocation()),
                            column(parser.currentTokenLocation())));
                }
            } catch (ParserLimits.Exceeded e) {
                // The parser's path is no help here: too deep it is a page long, and a name too long is not one yet.
                TokenStreamLocation where = parser.currentLocation();
                throw problem("", messages.text("limit." + e.limit().name(), e.maximum(), line(where), column(where)));
            } catch (StreamReadException e) {
                TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String message = e.getOriginalMessage();
                if (message != null && message.startsWith(DUPLICATE)) {
                    throw duplicate(parser.streamReadContext(), where, messages);
                }
                if (message != null && message.contains("surrogate") && message.contains("property name")) {
                    // Jackson refuses a lone surrogate in a name itself (LoneSurrogates finds those in values).
                    throw problem(JsonPaths.of(parser.streamReadContext().getParent()),
                            messages.text("loneSurrogateInName", line(where), column(where)));
                }
                throw problem("", messages.text("notJson", line(where), column(where)));
            } catch (JacksonException e) {
                TokenStreamLocation where = parser.currentLocation();
                throw problem("", messages.text("notJson", line(where), column(where)));
            }
        }
        List<InterchangeProblem> surrogates = LoneSurrogates.find(root, messages);
        if (!surrogates.isEmpty()) {
            throw new InterchangeException(surrogates);
        }
        return root;
    }

    /** A JSON syntax error inside {@code text}, not at its end (where the text was cut short); null if none. */
    private static InterchangeException syntaxErrorIn(TextEncoding.Utf8 text, InterchangeMessages messages) {
        try (JsonParser parser = READER.createParser(text.bytes(), text.offset(), text.length())) {
            while (parser.nextToken() != null) {
                // tokens only: whether the text is JSON as far as it goes
            }
        } catch (StreamReadException e) {
            TokenStreamLocation where = e.getLocation();
            if (where != null && where.getByteOffset() >= 0 && where.getByteOffset() < text.length()) {
                return problem("", messages.text("notJson", line(where), column(where)));
            }
        } catch (JacksonException e) {
            return null;
        }
        return null;
    }

    /** The object holding the key twice is the context the parser was in; its current name is the key. */
    private static InterchangeException duplicate(TokenStreamContext object, TokenStreamLocation where,
                                                  InterchangeMessages messages) {
        String key = object.currentName();
        String holder = JsonPaths.of(object.getParent());
        String message = holder.isEmpty()
                ? messages.text("duplicateKeyAtTop", key, line(where), column(where))
                : messages.text("duplicateKey", key, holder, line(where), column(where));
        return problem(JsonPaths.of(object), message);
    }

    private static long line(TokenStreamLocation where) {
        return where == null ? 0 : Math.max(where.getLineNr(), 0);
    }

    private static long column(TokenStreamLocation where) {
        return where == null ? 0 : Math.max(where.getColumnNr(), 0);
    }

    private static InterchangeException problem(String path, String message) {
        return new InterchangeException(List.of(new InterchangeProblem(path, message)));
    }
}
