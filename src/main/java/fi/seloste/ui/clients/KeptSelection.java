package fi.seloste.ui.clients;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Keeps the rows the user chose selected while the rows are read again: a refresh puts a new row object in the old
 * one's place (and a rescan all new ones), which would otherwise leave them unselected, so an Enter or a batch
 * export started just after a file changed on disk would miss them. Only the user takes the selection away.
 */
final class KeptSelection<T> {

    private final TableView<T> table;
    private final Function<T, Path> fileOf;
    private final Set<Path> chosen = new HashSet<>();
    private boolean restoring;

    private KeptSelection(TableView<T> table, Function<T, Path> fileOf) {
        this.table = table;
        this.fileOf = fileOf;
    }

    static <T> void keep(TableView<T> table, Function<T, Path> fileOf) {
        KeptSelection<T> kept = new KeptSelection<>(table, fileOf);
        table.getSelectionModel().getSelectedItems().addListener(kept::selectionChanged);
        ListChangeListener<T> rows = c -> kept.rowsChanged();
        table.getItems().addListener(rows);
        // ControlsFX's TableFilter puts a list of its own in the table.
        table.itemsProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.removeListener(rows);
            }
            if (now != null) {
                now.addListener(rows);
            }
        });
    }

    private void selectionChanged(ListChangeListener.Change<? extends T> change) {
        if (restoring) {
            return;
        }
        while (change.next()) {
            for (T removed : change.getRemoved()) {
                if (removed != null && stillShown(removed)) {
                    chosen.remove(fileOf.apply(removed)); // the row is still there: the user took it away
                }
            }
            for (T added : change.getAddedSubList()) {
                if (added != null) {
                    chosen.add(fileOf.apply(added));
                }
            }
        }
    }

    private void rowsChanged() {
        if (chosen.isEmpty()) {
            return;
        }
        Set<Path> selected = new HashSet<>();
        for (T row : List.copyOf(table.getSelectionModel().getSelectedItems())) {
            if (row != null) {
                selected.add(fileOf.apply(row));
            }
        }
        restoring = true;
        try {
            Set<Path> shown = new HashSet<>();
            for (T row : table.getItems()) {
                Path file = fileOf.apply(row);
                shown.add(file);
                if (chosen.contains(file) && !selected.contains(file)) {
                    table.getSelectionModel().select(row);
                }
            }
            chosen.retainAll(shown);
        } finally {
            restoring = false;
        }
    }

    /** The very row object, not an equal one: a row read again is a new object even when it says the same. */
    private boolean stillShown(T row) {
        for (T shown : table.getItems()) {
            if (shown == row) {
                return true;
            }
        }
        return false;
    }
}
