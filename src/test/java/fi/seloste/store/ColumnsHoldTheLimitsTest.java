package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fi.seloste.domain.ListLimit;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeLimits;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.TextLimit;
import fi.seloste.testing.LimitNotices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value with a limit fits the column that stores it, read from H2's INFORMATION_SCHEMA of a freshly
 * created client file: the longest value the limits allow, in characters outside the Basic Multilingual Plane
 * (two UTF-16 units each, and H2 counts units), so that no schema-valid import can fail in the store (probe M2).
 */
class ColumnsHoldTheLimitsTest {

    @TempDir
    Path folder;

    @Test
    void everyValueWithALimitIsStoredInAColumnThatHoldsTheLongestValueAllowed() throws Exception {
        AtomicInteger next = new AtomicInteger();
        Notice marked = LimitNotices.everyValue(limit -> "v" + next.incrementAndGet() + "x");
        Path file = folder.resolve("Merkit" + ClientFileName.EXTENSION);
        ClientFiles.importInto(file, marked, List.of(), false);
        Map<String, TextLimit> limitByValue = new LinkedHashMap<>();
        Map<String, String> pathByValue = new HashMap<>();
        NoticeLimits.walk(marked, new NoticeLimits.Visitor() {
            @Override
            public void text(String path, NoticeStep step, Register register, TextLimit limit, String value) {
                limitByValue.put(value, limit);
                pathByValue.put(value, path);
            }

            @Override
            public void list(String path, NoticeStep step, Register register, ListLimit limit, int size) {
            }
        });

        Map<String, Column> columnByValue = columnsHolding(file, limitByValue.keySet());
        List<String> problems = new ArrayList<>();
        limitByValue.forEach((value, limit) -> {
            Column column = columnByValue.get(value);
            if (column == null) {
                problems.add(pathByValue.get(value) + ": stored in no text column");
            } else if (column.maxUnits() < 2L * limit.max()) {
                problems.add(pathByValue.get(value) + " (" + limit + ", " + limit.max() + " characters) is stored in "
                        + column + ", which holds " + column.maxUnits() + " UTF-16 units");
            }
        });

        assertThat(problems).isEmpty();
        assertThat(columnByValue.get(valueAt(pathByValue, "notice.registers[0].dataCategories[0].catalogKey")))
                .as("a catalogue key's column").extracting(Column::maxUnits).isEqualTo(64L);
    }

    @Test
    void aNoticeWithEveryValueAtItsLimitIsStoredAndReadBackExactly() throws Exception {
        Notice atLimit = LimitNotices.everyValue(limit -> LimitNotices.astral(limit.max()));
        Path file = folder.resolve("Rajat" + ClientFileName.EXTENSION);

        ClientFiles.importInto(file, atLimit, List.of(), false);

        try (ClientFile clientFile = ClientFiles.openToRead(file)) {
            assertThat(clientFile.load()).isEqualTo(atLimit);
        }
    }

    private record Column(String table, String name, long maxUnits) {
        @Override
        public String toString() {
            return table + "." + name;
        }
    }

    /** For each of the values, the character column that holds it. */
    private static Map<String, Column> columnsHolding(Path file, java.util.Set<String> values) throws SQLException {
        Map<String, Column> found = new HashMap<>();
        try (Connection c = DriverManager.getConnection(H2Url.toInspect(file), H2Url.USER, H2Url.PASSWORD);
             Statement s = c.createStatement()) {
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name, column_name, character_maximum_length"
                    + " from information_schema.columns where table_schema = 'PUBLIC'"
                    + " and data_type in ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')")) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            assertThat(columns).as("text columns in the client file").hasSizeGreaterThan(50);
            for (Column column : columns) {
                try (ResultSet rs = s.executeQuery("select \"" + column.name() + "\" from \"" + column.table() + "\"")) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        if (value != null && values.contains(value)) {
                            found.put(value, column);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String valueAt(Map<String, String> pathByValue, String path) {
        return pathByValue.entrySet().stream().filter(e -> e.getValue().equals(path)).findFirst().orElseThrow().getKey();
    }
}
