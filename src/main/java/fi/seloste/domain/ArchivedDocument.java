package fi.seloste.domain;

import java.util.Objects;


/**
 * A document as it was rendered when a version was signed: the published notice in one language, as PDF or HTML.
 * What was signed is what is archived, so rewording Seloste's fixed texts later never changes it.
 */
public record ArchivedDocument(Language language, Kind kind, byte[] content) {

    public enum Kind { PDF, HTML }

    public ArchivedDocument {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }
}
