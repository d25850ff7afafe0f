package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Notice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.PlacedFieldKey.Field;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.oldnotice.DraftFromOldNotice;
import fi.seloste.oldnotice.MarksFromOldNotice;
import fi.seloste.oldnotice.OldNoticeReading;
import fi.seloste.oldnotice.OldNoticeRecogniser;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values a client file made from an old notice took from it are kept with the draft until the owner checks each
 * (format 11): written in the same transaction as the draft, read back in order, gone once confirmed and after a
 * reopen, covered by the file's checksum, never in the interchange JSON; a format-10 file upgrades with none.
 */
class OldNoticeMarksStoreTest {

    private static final String SEED = "/fi/seloste/seeds/physiotherapy-practice-tietosuojaseloste.txt";

    @TempDir
    Path folder;

    @Test
    void theMarksAreWrittenWithTheDraftAndAConfirmedOneStaysGone() throws Exception {
        OldNoticeReading reading = OldNoticeRecogniser.read(seed());
        Notice draft = DraftFromOldNotice.draft(reading);
        List<FromOldNotice> marks = MarksFromOldNotice.of(reading, draft);
        assertThat(marks).as("every placed value of the seed that the draft used is marked").isNotEmpty();
        PlacedFieldKey name = PlacedFieldKey.of(Field.CONTROLLER_NAME);
        FromOldNotice nameMark = marks.stream().filter(m -> m.field().equals(name)).findFirst().orElseThrow();
        assertThat(nameMark.value()).isEqualTo(draft.controller().name()).isEqualTo("Flowest");
        assertThat(nameMark.sentence()).contains("Flowest");
        assertThat(marks).filteredOn(m -> m.field().field() == Field.PURPOSE_DESCRIPTION)
                .hasSize(draft.registers().get(0).purposes().size());

        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFiles.importDraft(file, draft, marks);
        try (ClientFile opened = ClientFiles.open(file)) {
            assertThat(opened.load()).isEqualTo(draft);
            assertThat(opened.loadMarks()).as("read back as written, in order").isEqualTo(marks);
            String json = new String(NoticeInterchange.write(new InterchangeDocument(opened.load(), opened.signedVersions(),
                    opened.loadRecord())), StandardCharsets.UTF_8);
            assertThat(json).as("the marks are working state, not the notice: not in the interchange JSON")
                    .doesNotContain(nameMark.sentence()).doesNotContainIgnoringCase("old_notice").doesNotContainIgnoringCase("oldNotice");
            opened.confirmMark(name);
            assertThat(opened.loadMarks()).as("only the confirmed field's mark goes")
                    .isEqualTo(marks.stream().filter(m -> !m.field().equals(name)).toList());
        }
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.loadMarks()).hasSize(marks.size() - 1).noneMatch(m -> m.field().equals(name));
            FromOldNotice copied = new FromOldNotice(PlacedFieldKey.ofRegister(Field.REGISTER_DESCRIPTION, 1), "Lause.", "Lause.");
            reopened.addMarks(List.of(copied));
            assertThat(reopened.loadMarks()).last().isEqualTo(copied);
        }
        try (ClientFile again = ClientFiles.open(file)) {
            assertThat(again.loadMarks()).hasSize(marks.size()).last().extracting(FromOldNotice::sentence).isEqualTo("Lause.");
            again.deleteRegister(1);
            assertThat(again.loadMarks()).as("a register's marks go with it").allMatch(m -> m.field().registerId() == null)
                    .contains(marks.stream().filter(m -> m.field().equals(PlacedFieldKey.of(Field.CONTROLLER_BUSINESS_ID))).findFirst().orElseThrow());
        }
    }

    @Test
    void aDraftWithARecordKeepsBothAndIsNeverWrittenOverAFileThatIsThere() throws Exception {
        OldNoticeReading reading = OldNoticeRecogniser.read(seed());
        Notice draft = DraftFromOldNotice.draft(reading);
        List<FromOldNotice> marks = MarksFromOldNotice.of(reading, draft);
        ProcessingRecord record = ProcessingRecord.EMPTY.withPublishedUrl("https://flowest.fi/tietosuoja");
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);

        ClientFiles.importDraft(file, draft, record, marks);

        try (ClientFile opened = ClientFiles.open(file)) {
            assertThat(opened.load()).isEqualTo(draft);
            assertThat(opened.loadRecord()).isEqualTo(record);
            assertThat(opened.loadMarks()).isEqualTo(marks);
        }
        assertThatThrownBy(() -> ClientFiles.importDraft(file, draft, ProcessingRecord.EMPTY, List.of()))
                .isInstanceOfSatisfying(ClientFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.ALREADY_EXISTS));
        try (ClientFile unchanged = ClientFiles.open(file)) {
            assertThat(unchanged.loadRecord()).isEqualTo(record);
            assertThat(unchanged.loadMarks()).isEqualTo(marks);
        }
    }

    @Test
    void aChangedMarkIsCaughtByTheChecksum() throws Exception {
        OldNoticeReading reading = OldNoticeRecogniser.read(seed());
        Notice draft = DraftFromOldNotice.draft(reading);
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFiles.importDraft(file, draft, MarksFromOldNotice.of(reading, draft));
        try (Connection c = DriverManager.getConnection(H2Url.toOpen(file), H2Url.USER, H2Url.PASSWORD);
             Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update old_notice_mark set sentence = 'Jotain muuta' where position = 0")).isEqualTo(1);
        }
        assertThatThrownBy(() -> ClientFiles.open(file)).isInstanceOfSatisfying(ClientFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.DAMAGED));
    }

    @Test
    void aFormat10FileUpgradesWithNoMarks() throws Exception {
        Path file = folder.resolve("vanha" + ClientFileName.EXTENSION);
        Flyway.configure().dataSource(H2Url.toCreate(file), H2Url.USER, H2Url.PASSWORD)
                .locations("classpath:db/migration").target("10").load().migrate();
        try (Connection c = DriverManager.getConnection(H2Url.toOpen(file), H2Url.USER, H2Url.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("update controller set name = 'Flowest'");
            s.execute("insert into register (id, position, name_fi) values (1, 0, 'Asiakkaat')");
        }
        try (ClientFile upgraded = ClientFiles.open(file)) {
            assertThat(upgraded.load().controller().name()).isEqualTo("Flowest");
            assertThat(upgraded.loadMarks()).as("nothing is invented for an older file").isEmpty();
        }
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(SchemaVersion.LATEST).isEqualTo(11);
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.loadMarks()).isEmpty();
        }
    }

    private static String seed() throws IOException {
        try (InputStream in = OldNoticeMarksStoreTest.class.getResourceAsStream(SEED)) {
            assertThat(in).as(SEED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
