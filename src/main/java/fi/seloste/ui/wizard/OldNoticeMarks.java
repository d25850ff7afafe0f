package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.ui.ClientSession;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The values a client file made from an old notice took from it that the owner has not yet checked: each field with
 * one is marked "Copied from your old notice — check it" until she presses its "I have checked this". Editing the field does not count as
 * checking it (docs/decisions/0027). Changes are saved through the session, on the disk thread.
 */
public final class OldNoticeMarks {

    private final ClientSession session;
    private final ObservableList<FromOldNotice> marks;
    private final IntegerBinding fields;

    OldNoticeMarks(ClientSession session) {
        this.session = session;
        this.marks = FXCollections.observableArrayList(session.loadedMarks());
        this.fields = Bindings.createIntegerBinding(() -> byField().size(), marks);
    }

    /** Every mark still to check, in the order they were placed. */
    public List<FromOldNotice> all() {
        return List.copyOf(marks);
    }

    /** The marks on each field, a field once, in the order the fields were first marked. */
    public Map<PlacedFieldKey, List<FromOldNotice>> byField() {
        Map<PlacedFieldKey, List<FromOldNotice>> fields = new LinkedHashMap<>();
        for (FromOldNotice mark : marks) {
            fields.computeIfAbsent(mark.field(), key -> new ArrayList<>()).add(mark);
        }
        return fields;
    }

    /** How many fields are still to check. */
    public IntegerBinding fieldsToCheck() {
        return fields;
    }

    /** The owner pressed "I have checked this": the field's marks are deleted from the file, then from here. */
    void confirm(PlacedFieldKey field, Runnable whenDone) {
        session.confirmMark(field, () -> {
            marks.removeIf(m -> m.field().equals(field));
            whenDone.run();
        });
    }

    /**
     * The register was deleted, and the file deleted its marks with it: they go from here too, and are handed back
     * for an undo.
     */
    List<FromOldNotice> removeRegister(long registerId) {
        List<FromOldNotice> taken = marks.stream().filter(m -> Long.valueOf(registerId).equals(m.field().registerId()))
                .toList();
        marks.removeIf(m -> Long.valueOf(registerId).equals(m.field().registerId()));
        return taken;
    }

    /**
     * The deleted register came back (an undo), under the id the file gave it: its marks come back on the same fields
     * of it, saved after it.
     */
    void restoreRegister(List<FromOldNotice> taken, long registerId) {
        if (taken.isEmpty()) {
            return;
        }
        List<FromOldNotice> back = taken.stream().map(m -> new FromOldNotice(
                new PlacedFieldKey(m.field().field(), registerId, m.field().item()), m.value(), m.sentence())).toList();
        marks.addAll(back);
        session.addMarks(back);
    }

    /** Marks a value the owner copied from her old notice into a field; saved at once. */
    public void add(FromOldNotice mark) {
        marks.add(mark);
        session.addMarks(List.of(mark));
    }
}
