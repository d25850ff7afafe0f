package fi.seloste.export.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.export.NoticeMeta;
import fi.seloste.testing.SampleRecords;

import org.junit.jupiter.api.Test;

/**
 * docs/samples/physiotherapy-seed-fi-record.xlsx is the physiotherapist's record of processing
 * ({@link SampleRecords}) as Seloste exports it today. fastexcel stamps each workbook with the moment it was written
 * (docs/decisions/0019), so the sample's cells are compared, not its bytes. After a deliberate change, write it again
 * (then look at it, e.g. with src/bench/record-xlsx-to-csv.sh) with:
 * <pre>./mvnw test -Dtest=RecordSpreadsheetSampleTest -Dseloste.samples.update=true</pre>
 */
class RecordSpreadsheetSampleTest {

    private static final Path SAMPLE = Path.of("docs/samples/physiotherapy-seed-fi-record.xlsx");
    /** Dated as the other samples are (SampleExportsTest). */
    private static final NoticeMeta DATED = new NoticeMeta(LocalDate.of(2026, 11, 22), null);

    @Test
    void theSampleIsWhatSelosteExportsToday() throws IOException {
        Notice notice = SampleRecords.physiotherapyNotice();
        ProcessingRecord record = SampleRecords.physiotherapy();
        NoticeMeta meta = DATED.withDraft(CompletenessCheck.hasErrors(notice, DATED.date()));
        byte[] now = RecordSpreadsheet.xlsx(notice, record, Language.FI, meta);
        if (Boolean.getBoolean("seloste.samples.update")) {
            Files.write(SAMPLE, now);
        }
        String update = "run ./mvnw test -Dtest=RecordSpreadsheetSampleTest -Dseloste.samples.update=true";
        assertThat(SAMPLE).as(update).exists();
        assertThat(RecordSpreadsheetTest.read(Files.readAllBytes(SAMPLE)))
                .as("%s is out of date: %s", SAMPLE, update)
                .isEqualTo(RecordSpreadsheetTest.read(now));
    }
}
