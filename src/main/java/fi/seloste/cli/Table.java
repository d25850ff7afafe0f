package fi.seloste.cli;

import java.util.List;

/** Rows as aligned columns of plain text, the first row being the headings. */
final class Table {

    private static final String GAP = "  ";

    private Table() {
    }

    static String format(List<List<String>> table) {
        List<List<String>> rows = table.stream().map(row -> row.stream().map(Table::oneLine).toList()).toList();
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                text.append(System.lineSeparator());
            }
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(r).get(c);
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - cell.codePointCount(0, cell.length()))).append(GAP);
                }
            }
            text.append(line.toString().stripTrailing());
        }
        return text.toString();
    }

    /** White space folded, then control characters escaped, so that the width counted is the width shown. */
    private static String oneLine(String cell) {
        return TerminalText.escape(cell.replaceAll("\\s+", " ").strip());
    }
}
