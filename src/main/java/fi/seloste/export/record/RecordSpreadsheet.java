package fi.seloste.export.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.export.NoticeMeta;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The record of processing activities (GDPR Art. 30(1)) as an .xlsx workbook, for accountants and the authority who
 * keep such records in spreadsheets (docs/decisions/0019-record-spreadsheet.md). Built from {@link RecordContent},
 * the record the HTML and PDF are also made from. Sheet 1 has a header row of the Art. 30(1) item labels in their
 * order and one row per register (processing activity), each item's lines in one wrapped cell; sheet 2 the
 * controller part, a label and its lines per row. Every cell is a string, never a formula, so an owner's text
 * beginning with = + - or @ stays text in Excel and LibreOffice.
 */
public final class RecordSpreadsheet {

    /** The most characters an Excel cell holds; Excel repairs a file with a longer one. */
    static final int CELL_LIMIT = 32_767;
    /** Column widths, in characters of the default font. */
    static final int MIN_WIDTH = 12;
    static final int MAX_WIDTH = 60;
    /** Excel's limit on a sheet's name, and the characters a name may not hold. */
    private static final int SHEET_NAME_LIMIT = 31;
    private static final String SHEET_NAME_FORBIDDEN = "[]:*?/\\";
    private static final String HEADER_FILL = "D9E2F3";
    /** A line of the default font (Calibri 11) in points, and Excel's tallest row. */
    private static final double LINE_HEIGHT = 15;
    private static final double MAX_ROW_HEIGHT = 409;

    private RecordSpreadsheet() {
    }

    /** The record as the bytes of an .xlsx file; record and meta may be null (nothing entered, no date). */
    public static byte[] xlsx(Notice notice, ProcessingRecord record, Language language, NoticeMeta meta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(notice, record, language, meta, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the record of processing as a spreadsheet", e);
        }
        return out.toByteArray();
    }

    /** Writes the record as an .xlsx file to out, which is left open. */
    public static void write(Notice notice, ProcessingRecord record, Language language, NoticeMeta meta,
                             OutputStream out) throws IOException {
        write(RecordContent.of(notice, record, language, meta), out);
    }

    static void write(RecordContent content, OutputStream out) throws IOException {
        RecordWording wording = new RecordWording(content.language());
        // finish() completes the zip and leaves the stream open (RecordSpreadsheetTest checks it).
        Workbook workbook = new Workbook(out, "Seloste", null);
        workbook.properties().setTitle(content.title()).setSubject(content.description());
        registers(workbook.newWorksheet(sheetName(wording.word("title"), "1")), content, wording);
        controller(workbook.newWorksheet(sheetName(content.controllerHeading(), "2")), content, wording);
        workbook.finish();
    }

    /** A column of the register sheet: an item's key and its label in the record's language. */
    record Column(String key, String label) {
    }

    /**
     * The register sheet's item columns: every key any register has, in the record's order. Registers leave out
     * their empty items, so a key missing from the first register goes after the key before it in the one that
     * has it.
     */
    static List<Column> columns(RecordContent content) {
        List<Column> columns = new ArrayList<>();
        for (RecordRegister register : content.registers()) {
            int after = -1;
            for (RecordItem item : register.items()) {
                int at = indexOf(columns, item.key());
                if (at < 0) {
                    at = after + 1;
                    columns.add(at, new Column(item.key(), item.label()));
                }
                after = Math.max(after, at);
            }
        }
        return columns;
    }

    private static int indexOf(List<Column> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static void registers(Worksheet sheet, RecordContent content, RecordWording wording) {
        List<Column> columns = columns(content);
        List<String> header = new ArrayList<>();
        header.add(wording.word("sheet.register"));
        columns.forEach(c -> header.add(c.label()));
        List<List<String>> rows = new ArrayList<>();
        for (RecordRegister register : content.registers()) {
            Map<String, RecordItem> items = new LinkedHashMap<>();
            register.items().forEach(i -> items.putIfAbsent(i.key(), i));
            List<String> row = new ArrayList<>();
            row.add(register.name());
            for (Column column : columns) {
                RecordItem item = items.get(column.key());
                row.add(item == null ? "" : cell(item.lines(), wording));
            }
            rows.add(row);
        }
        table(sheet, header, rows);
        sheet.freezePane(1, 1);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(0, 0, header.size() - 1);
        }
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.repeatRows(0);
    }

    private static void controller(Worksheet sheet, RecordContent content, RecordWording wording) {
        List<String> header = List.of(content.partColumn(), content.contentColumn());
        List<List<String>> rows = new ArrayList<>();
        for (RecordItem item : content.controller()) {
            rows.add(List.of(item.label(), cell(item.lines(), wording)));
        }
        if (content.draft()) {
            rows.add(List.of(wording.word("sheet.status"), wording.word("sheet.draft")));
        }
        if (!content.footer().isBlank()) {
            rows.add(List.of(wording.word("sheet.date"), content.footer().strip()));
        }
        table(sheet, header, rows);
        sheet.freezePane(0, 1);
    }

    /** A header row and the rows under it, every value a string in a wrapped, top-aligned cell. */
    private static void table(Worksheet sheet, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            widths[c] = width(header.get(c));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true)
                .verticalAlignment("top").set();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c);
                if (!text.isEmpty()) {
                    sheet.value(r + 1, c, text);
                }
                widths[c] = Math.max(widths[c], width(text));
            }
        }
        if (!rows.isEmpty()) {
            sheet.range(1, 0, rows.size(), header.size() - 1).style().wrapText(true).verticalAlignment("top").set();
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2));
            sheet.width(c, widths[c]);
        }
        // Neither Excel nor LibreOffice grows a row to its wrapped text when it opens a file, so each row is given
        // the height of its tallest cell, as the lines it wraps to at the column's width.
        sheet.rowHeight(0, height(header, widths));
        for (int r = 0; r < rows.size(); r++) {
            sheet.rowHeight(r + 1, height(rows.get(r), widths));
        }
    }

    /** A row's height in points: its tallest cell's lines wrapped at their columns' widths, at most Excel's 409. */
    private static double height(List<String> row, int[] widths) {
        int lines = 1;
        for (int c = 0; c < row.size(); c++) {
            lines = Math.max(lines, wrappedLines(row.get(c), widths[c]));
        }
        return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
    }

    /** How many lines a text takes in a column of the width (in characters), wrapped a little early to be safe. */
    static int wrappedLines(String text, int width) {
        int perLine = Math.max(1, width - 2);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int length = line.codePointCount(0, line.length());
            lines += Math.max(1, (length + perLine - 1) / perLine);
        }
        return lines;
    }

    /** The width a text wants: its longest line, in characters. */
    private static int width(String text) {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, line.codePointCount(0, line.length()));
        }
        return widest;
    }

    /**
     * An item's lines in one cell, one line each. Past Excel's limit the cell ends at the last whole line that fits
     * (or inside a single overlong line) with the record's line saying the rest is in the PDF record.
     */
    static String cell(List<String> lines, RecordWording wording) {
        String text = String.join("\n", lines);
        if (text.length() <= CELL_LIMIT) {
            return text;
        }
        String note = "\n" + wording.word("sheet.continues");
        int room = CELL_LIMIT - note.length();
        int end = text.lastIndexOf('\n', room);
        if (end <= 0) {
            end = Character.isLowSurrogate(text.charAt(room)) ? room - 1 : room;
        }
        return text.substring(0, end) + note;
    }

    /** A sheet's name as Excel takes it: without []:*?/\, at most 31 characters, never blank. */
    static String sheetName(String title, String fallback) {
        StringBuilder name = new StringBuilder();
        title.strip().codePoints().forEach(c -> name.appendCodePoint(SHEET_NAME_FORBIDDEN.indexOf(c) >= 0 ? ' ' : c));
        String cleaned = name.toString().strip();
        if (cleaned.length() > SHEET_NAME_LIMIT) {
            int end = Character.isLowSurrogate(cleaned.charAt(SHEET_NAME_LIMIT)) ? SHEET_NAME_LIMIT - 1 : SHEET_NAME_LIMIT;
            cleaned = cleaned.substring(0, end).strip();
        }
        if (cleaned.startsWith("'")) {
            cleaned = cleaned.substring(1).strip();
        }
        return cleaned.isEmpty() ? fallback : cleaned;
    }
}
