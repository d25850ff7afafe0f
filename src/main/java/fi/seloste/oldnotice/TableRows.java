package fi.seloste.oldnotice;

import java.util.List;

/** A table row of a notice as the line it stands for: "Nimi | Yritys Oy" is "Nimi: Yritys Oy", as typed with labels. */
final class TableRows {

    private TableRows() {
    }

    /** The cells with text, the first a label: no colon is added after one that already ends a label ("Nimi:", "Puh."). */
    static String labelAndValue(List<String> cells) {
        String first = cells.get(0);
        String rest = String.join(" ", cells.subList(1, cells.size()));
        if (rest.isEmpty()) {
            return first;
        }
        return first + (first.endsWith(":") || first.endsWith(".") ? " " : ": ") + rest;
    }
}
