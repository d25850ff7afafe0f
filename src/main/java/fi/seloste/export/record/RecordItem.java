package fi.seloste.export.record;

import java.util.List;
import java.util.Objects;

/**
 * One part of the record of processing: a stable key (the spreadsheet and the tests find a part by it, e.g.
 * "purposes", "systems", "risk"), its label in the record's language and its lines of content, each a line of
 * its own in the document. An item with no lines is never part of a {@link RecordContent}.
 */
public record RecordItem(String key, String label, List<String> lines) {

    public RecordItem {
        Objects.requireNonNull(key, "key");
        label = Objects.requireNonNullElse(label, "");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
