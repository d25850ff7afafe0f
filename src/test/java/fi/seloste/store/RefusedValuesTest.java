package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fi.seloste.domain.DataCategory;
import fi.seloste.domain.ListLimit;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value the database refuses is reported as that value, never as the disk (probe M2: every refused value was
 * "check that the disk is connected and not full"), and a file that lacks a table as damaged (probe 1a).
 */
class RefusedValuesTest {

    @TempDir
    Path folder;

    /** Probe M2: a catalogue key over 64 characters, which the column cannot hold. */
    @Test
    void anImportWithAValueTooLongForItsColumnNamesTheValueAndWritesNothing() {
        Path target = folder.resolve("Flowest" + ClientFileName.EXTENSION);

        ClientFileException e = catchThrowableOfType(ClientFileException.class,
                () -> ClientFiles.importInto(target, withLongCatalogueKey(SeedNotices.physiotherapy()), List.of(), false));

        assertThat(e.problem()).isEqualTo(ClientFileProblem.VALUE_NOT_STORED);
        assertThat(RefusedValue.of(e)).contains(new RefusedValue("notice.registers[].dataCategories[].catalogKey",
                RefusedValue.Reason.TOO_LONG));
        assertThat(target).doesNotExist();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void savingAValueTooLongForItsColumnIsReportedAsThatValue() throws Exception {
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        try (ClientFile clientFile = ClientFiles.create(file)) {
            Register added = clientFile.addRegister(RegisterTemplate.CUSTOMERS, LocalizedText.finnish("Asiakkaat"));
            Register tooLong = withLongCatalogueKey(SeedNotices.physiotherapy()).registers().get(0).toBuilder()
                    .id(added.id()).build();

            ClientFileException e = catchThrowableOfType(ClientFileException.class, () -> clientFile.saveRegister(tooLong));

            assertThat(e.problem()).isEqualTo(ClientFileProblem.VALUE_NOT_STORED);
            assertThat(RefusedValue.of(e).map(RefusedValue::where)).contains("notice.registers[].dataCategories[].catalogKey");
            assertThat(clientFile.load().registers()).containsExactly(added);
        }
    }

    /** Probe M2: register id 9223372036854775807 overflowed the id counter, "check the disk". */
    @Test
    void aRegisterIdTheIdCounterCannotContinueAfterIsRefusedAsThatValue() {
        Path target = folder.resolve("Ids" + ClientFileName.EXTENSION);
        Notice notice = withRegisters(Register.empty(Long.MAX_VALUE, RegisterTemplate.BLANK, LocalizedText.finnish("A")));

        ClientFileException e = catchThrowableOfType(ClientFileException.class,
                () -> ClientFiles.importInto(target, notice, List.of(), false));

        assertThat(e.problem()).isEqualTo(ClientFileProblem.VALUE_NOT_STORED);
        assertThat(RefusedValue.of(e)).contains(new RefusedValue("notice.registers[].id", RefusedValue.Reason.OUT_OF_RANGE));
        assertThat(target).doesNotExist();
    }

    @Test
    void theHighestRegisterIdImportsAndTheNextRegisterComesAfterIt() throws Exception {
        Path target = folder.resolve("Ids" + ClientFileName.EXTENSION);
        long highest = ListLimit.HIGHEST_REGISTER_ID;
        ClientFiles.importInto(target, withRegisters(Register.empty(highest, RegisterTemplate.BLANK,
                LocalizedText.finnish("A"))), List.of(), false);

        try (ClientFile clientFile = ClientFiles.open(target)) {
            assertThat(clientFile.addRegister(RegisterTemplate.BLANK, LocalizedText.finnish("B")).id()).isEqualTo(highest + 1);
        }
    }

    /** Probe 1a: a client file that lacks a table was "could not read or write …; check the disk". */
    @Test
    void aClientFileThatLacksATableIsDamagedNotTheDisk() throws Exception {
        Path file = folder.resolve("Vajaa" + ClientFileName.EXTENSION);
        ClientFiles.create(file).close();
        try (Connection c = DriverManager.getConnection(H2Url.toOpen(file), H2Url.USER, H2Url.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("drop table business_cookie");
        }

        ClientFileException e = catchThrowableOfType(ClientFileException.class, () -> {
            try (ClientFile clientFile = ClientFiles.open(file)) {
                clientFile.load();
            }
        });

        assertThat(e.problem()).isEqualTo(ClientFileProblem.DAMAGED);
    }

    @Test
    void onlyAnInputOutputFailureIsTheDisks() {
        assertThat(H2Errors.onUse(new SQLException("Value too long for column \"NAME CHARACTER VARYING(4)\"", "22001", 22001)))
                .isEqualTo(ClientFileProblem.VALUE_NOT_STORED);
        assertThat(H2Errors.onUse(new SQLException("Check constraint violation", "23513", 23513)))
                .isEqualTo(ClientFileProblem.VALUE_NOT_STORED);
        assertThat(H2Errors.onUse(new SQLException("Numeric value out of range", "22003", 22003)))
                .isEqualTo(ClientFileProblem.VALUE_NOT_STORED);
        assertThat(H2Errors.onUse(new SQLException("Data conversion error", "22018", 22018)))
                .isEqualTo(ClientFileProblem.VALUE_NOT_STORED);
        assertThat(H2Errors.onUse(new SQLException("IO Exception", "90028", 90028)))
                .isEqualTo(ClientFileProblem.IO_ERROR);
        assertThat(H2Errors.onUse(new SQLException("General error", "HY000", 50000, new java.io.IOException("No space left"))))
                .isEqualTo(ClientFileProblem.IO_ERROR);
        assertThat(H2Errors.onUse(new SQLException("Syntax error", "42001", 42001)))
                .isEqualTo(ClientFileProblem.INTERNAL_ERROR);
    }

    @Test
    void theRefusedValueIsNamedAsTheInterchangeFormatNamesIt() {
        SQLException tooLong = new SQLException("Value too long for column \"NAME_SV CHARACTER VARYING(8)\": \"'insert into"
                + " owner text' (9)\"; SQL statement:\nupdate \"PUBLIC\".\"REGISTER\" set \"NAME_SV\" = ? [22001-252]",
                "22001", 22001);

        assertThat(RefusedValue.of(new RuntimeException(tooLong)))
                .contains(new RefusedValue("notice.registers[].name.sv", RefusedValue.Reason.TOO_LONG));
        assertThat(RefusedValue.of(new SQLException("Table \"X\" not found", "42S02", 42102))).isEmpty();
    }

    private static Notice withLongCatalogueKey(Notice notice) {
        Register first = notice.registers().get(0);
        List<DataCategory> categories = new ArrayList<>(first.dataCategories());
        DataCategory category = categories.get(0);
        categories.set(0, new DataCategory("k".repeat(65), category.label(), category.specialCategory(),
                category.article9Condition(), category.optional()));
        return Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), notice.dataProtectionOfficer(), notice.settings(),
                List.of(first.toBuilder().dataCategories(categories).build()));
    }

    private static Notice withRegisters(Register... registers) {
        return Notice.withoutSharedSections(Notice.EMPTY.controller(), null, null, Notice.EMPTY.settings(), List.of(registers));
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
