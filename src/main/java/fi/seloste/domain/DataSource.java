package fi.seloste.domain;

import java.util.Objects;

public record DataSource(SourceKind kind, LocalizedText description, boolean publiclyAccessible) {

    public DataSource {
        Objects.requireNonNull(kind, "kind");
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
    }
}
