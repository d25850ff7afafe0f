package fi.seloste.ui.clients;

import java.nio.file.Path;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Keeps the row the user chose selected while the rows are read again: a refresh puts a new row object in the old
 * one's place (and a rescan all new ones), which would otherwise leave nothing selected, so an Enter pressed just
 * after a file changed on disk would open nothing. Only the user takes the selection away.
 */
final class KeptSelection<T> {

    private final TableView<T> table;
    private final Function<T, Path> fileOf;
    private Path chosen;

    private KeptSelection(TableView<T> table, Function<T, Path> fileOf) {
        this.table = table;
        this.fileOf = fileOf;
    }

    static <T> void keep(TableView<T> table, Function<T, Path> fileOf) {
        KeptSelection<T> kept = new KeptSelection<>(table, fileOf);
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> kept.selectionChanged(before, now));
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

    private void selectionChanged(T before, T now) {
        if (now != null) {
            chosen = fileOf.apply(now);
        } else if (before != null && stillShown(before)) {
            chosen = null; // the row is still there: the user took the selection away
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

    private void rowsChanged() {
        if (chosen == null) {
            return;
        }
        T selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && chosen.equals(fileOf.apply(selected))) {
            return;
        }
        for (T row : table.getItems()) {
            if (chosen.equals(fileOf.apply(row))) {
                table.getSelectionModel().select(row);
                return;
            }
        }
    }
}
