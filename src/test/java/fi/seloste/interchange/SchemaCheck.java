package fi.seloste.interchange;

import java.util.List;

import fi.seloste.domain.Language;

import tools.jackson.databind.JsonNode;

/** The published JSON Schema's verdict alone on a document, as import checks it first: for tests in other packages. */
public final class SchemaCheck {

    private SchemaCheck() {
    }

    /** Every problem the schema finds ("path: message"); empty when the document is schema-valid. */
    public static List<String> problems(JsonNode document) {
        return NoticeSchema.validate(document, Language.EN).problems().stream()
                .map(problem -> problem.path() + ": " + problem.message()).toList();
    }
}
