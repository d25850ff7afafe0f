package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.Answer;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;

/** export-json writes the record of processing and import brings it back into a new client file (issue 11). */
class RecordThroughTheCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void exportJsonAndImportKeepTheRecord() throws Exception {
        Notice physio = SeedNotices.physiotherapy();
        Path file = dir.resolve("Flowest.seloste.mv.db");
        ClientFileWriter.write(file, physio);
        ProcessingRecord record;
        try (ClientFile client = ClientFiles.open(file)) {
            long id = client.load().registers().get(0).id();
            record = ProcessingRecord.EMPTY.with(RegisterRecord.empty(id)
                    .withDataFlows(LocalizedText.finnish("Ajanvaraus Vellossa → laskutus Holvissa"))
                    .withAgreement(new ProcessorAgreement(0, Answer.YES, LocalDate.of(2024, 3, 12), LocalizedText.finnish("Sopimuskansio"))));
            client.saveRecord(record);
        }
        Path json = dir.resolve("flowest.json");
        Path copy = dir.resolve("Kopio.seloste.mv.db");

        CliRun exported = CliRun.of("export-json", file.toString(), "-o", json.toString());
        CliRun imported = CliRun.of("import", json.toString(), "--into", copy.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        try (ClientFile client = ClientFiles.openToRead(copy)) {
            assertThat(client.loadRecord()).isEqualTo(record);
        }
    }

    @Test
    void exportWritesTheRecordWithWhatTheOwnerEnteredAndTheNoticeWithoutIt() throws Exception {
        Notice physio = SeedNotices.physiotherapy();
        Path file = dir.resolve("Flowest.seloste.mv.db");
        ClientFileWriter.write(file, physio);
        try (ClientFile client = ClientFiles.open(file)) {
            long id = client.load().registers().get(0).id();
            client.saveRecord(ProcessingRecord.EMPTY.with(RegisterRecord.empty(id)
                    .withDataFlows(LocalizedText.finnish("Ajanvaraus Vellossa → laskutus Holvissa"))
                    .withAgreement(new ProcessorAgreement(0, Answer.YES, LocalDate.of(2024, 3, 12), LocalizedText.finnish("Sopimuskansio")))));
        }
        Path out = java.nio.file.Files.createDirectories(dir.resolve("out"));

        CliRun run = CliRun.of("export", file.toString(), "--format", "record-html,record-xlsx,html", "--lang", "fi",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String record = java.nio.file.Files.readString(out.resolve("Flowest-fi-record.html"));
        String notice = java.nio.file.Files.readString(out.resolve("Flowest-fi.html"));
        assertThat(record).contains("Ajanvaraus Vellossa → laskutus Holvissa", "Sopimuskansio");
        assertThat(notice).doesNotContain("Ajanvaraus Vellossa → laskutus Holvissa").doesNotContain("Sopimuskansio");
        try (org.dhatim.fastexcel.reader.ReadableWorkbook sheet = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                out.resolve("Flowest-fi-record.xlsx").toFile())) {
            String cells = sheet.getFirstSheet().read().stream().flatMap(row -> row.stream())
                    .filter(java.util.Objects::nonNull).map(c -> c.getRawValue() == null ? "" : c.getRawValue())
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(cells).contains("Ajanvaraus Vellossa → laskutus Holvissa", "Sopimuskansio");
        }
    }
}
