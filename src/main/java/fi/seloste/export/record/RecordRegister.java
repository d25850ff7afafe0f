package fi.seloste.export.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One register's part of the record of processing: its id in the notice, its name in the record's language and its
 * items in the order of GDPR Art. 30(1) (purposes, legal bases, data subjects, data, sources, recipients,
 * transfers, retention, erasure, measures) followed by what the business keeps of its own (systems, locations,
 * data flows, registers fed, access roles, the responsible person, the risk note). Empty items are left out.
 */
public record RecordRegister(long registerId, String name, List<RecordItem> items) {

    public RecordRegister {
        name = Objects.requireNonNullElse(name, "");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The item with the key, if the register has one. */
    public Optional<RecordItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
