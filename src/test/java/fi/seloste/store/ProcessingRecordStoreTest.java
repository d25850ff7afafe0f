package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.interchange.NoticeJson;
import fi.seloste.testing.Bytes;
import fi.seloste.testing.SampleNotices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record of processing (issue 11) is kept in the client file beside the notice: it reads back exactly, it is
 * never part of a sign-off (changing it leaves the notice as signed), its bytes are covered by the file's checksum,
 * and a file of format 6 (the Seloste of this morning) opens with an empty record and its notice as it was.
 */
class ProcessingRecordStoreTest {

    @TempDir
    Path folder;

    static ProcessingRecord record(long registerId) {
        return ProcessingRecord.EMPTY.withPublishedUrl("https://flowest.fi/tietosuoja")
                .withPublishedPlace(LocalizedText.finnish("Vastaanoton kansio"))
                .with(RegisterRecord.empty(registerId)
                        .withResponsible(new Person("Veera Westerholm", LocalizedText.finnish("yrittäjä"), "veera@flowest.fi", "+358 40 123 4567",
                                PostalAddress.EMPTY))
                        .withLocations(new LocalizedText("Vello (AWS, EU) ja lukittu kaappi vastaanotossa",
                                "Vello (AWS, EU) och ett låst skåp i receptionen", ""))
                        .withDataFlows(LocalizedText.finnish("Ajanvaraus Vellossa, laskut Holviin käsin"))
                        .withAccessRoles(LocalizedText.finnish("Fysioterapeutit; kirjanpitäjä laskujen osalta"))
                        .withAgreement(new ProcessorAgreement(0, Answer.YES, LocalDate.of(2024, 3, 12),
                                LocalizedText.finnish("Sopimuskansio, toimiston kaappi")))
                        .withErasure(LocalizedText.finnish("Poistetaan vuosittain tammikuussa"))
                        .withRisk(new RiskNote(Answer.YES, Answer.YES, LocalDate.of(2025, 1, 20),
                                LocalizedText.finnish("Terveystietoja: arvio tehty"))));
    }

    @Test
    void theRecordReadsBackExactlyAndChangingItLeavesTheSignedNoticeAsItWas() throws Exception {
        Path file = folder.resolve("flowest" + ClientFileName.EXTENSION);
        ProcessingRecord record;
        String signedFingerprint;
        try (ClientFile client = ClientFiles.create(file)) {
            client.saveController(SampleNotices.controller());
            Register added = client.addRegister(RegisterTemplate.BOOKING_AND_PATIENTS, LocalizedText.finnish("x"));
            client.saveRegister(SampleNotices.patientRegister(added.id()));
            signedFingerprint = client.signOff("Veera Westerholm", LocalizedText.finnish("yrittäjä"), Instant.parse("2026-12-03T08:00:00Z")).contentSha256();
            record = record(added.id());
            client.saveRecord(record);
        }
        try (ClientFile reread = ClientFiles.openToRead(file)) {
            assertThat(reread.loadRecord()).isEqualTo(record);
            Notice notice = reread.load();
            assertThat(NoticeJson.fingerprint(notice)).as("the record is not part of the notice").isEqualTo(signedFingerprint);
        }
        try (ClientFile client = ClientFiles.open(file)) {
            client.saveRecord(ProcessingRecord.EMPTY);
            assertThat(client.loadRecord()).isEqualTo(ProcessingRecord.EMPTY);
        }
    }

    @Test
    void aFlippedBitInTheRecordIsDamageOrChangesNothing() throws Exception {
        Path original = folder.resolve("flowest" + ClientFileName.EXTENSION);
        ProcessingRecord record;
        try (ClientFile client = ClientFiles.create(original)) {
            client.saveController(SampleNotices.controller());
            Register added = client.addRegister(RegisterTemplate.BOOKING_AND_PATIENTS, LocalizedText.finnish("x"));
            record = record(added.id());
            client.saveRecord(record);
        }
        byte[] bytes = Files.readAllBytes(original);
        List<Integer> places = new ArrayList<>();
        for (String text : List.of("Sopimuskansio", "Poistetaan vuosittain", "2024-03-12")) {
            places.addAll(Bytes.occurrences(bytes, text.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(places).as("the record is stored in the file as UTF-8").isNotEmpty();
        Path copy = folder.resolve("copy" + ClientFileName.EXTENSION);
        int damaged = 0;
        for (int place : places) {
            byte[] flipped = bytes.clone();
            flipped[place + 2] ^= 1;
            Files.write(copy, flipped);
            try (ClientFile opened = ClientFiles.openToRead(copy)) {
                assertThat(opened.loadRecord()).as("a bit flipped at byte %d", place + 2).isEqualTo(record);
            } catch (ClientFileException e) {
                assertThat(e.problem()).as("a bit flipped at byte %d", place + 2).isEqualTo(ClientFileProblem.DAMAGED);
                damaged++;
            }
        }
        assertThat(damaged).as("flips in the live copy are caught").isPositive();
    }

    @Test
    void aFileOfFormat6OpensWithAnEmptyRecordAndItsNoticeAsTheOldSelosteShowedIt() throws Exception {
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        try (InputStream in = getClass().getResourceAsStream("format6-physiotherapy.seloste.mv.db")) {
            Files.write(file, in.readAllBytes());
        }
        InterchangeDocument old;
        try (InputStream in = getClass().getResourceAsStream("format6-physiotherapy.json")) {
            old = NoticeInterchange.read(in.readAllBytes(), Language.EN);
        }
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(6);
        try (ClientFile upgraded = ClientFiles.open(file)) {
            assertThat(upgraded.load()).isEqualTo(old.notice());
            assertThat(upgraded.signedVersions()).isEqualTo(old.signedVersions());
            assertThat(upgraded.loadRecord()).isEqualTo(ProcessingRecord.EMPTY);
            upgraded.saveRecord(record(old.notice().registers().get(0).id()));
        }
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(SchemaVersion.LATEST);
        try (var files = Files.list(folder)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".format6-")).toList()).hasSize(1);
        }
        try (ClientFile reread = ClientFiles.openToRead(file)) {
            assertThat(reread.load()).isEqualTo(old.notice());
            assertThat(reread.loadRecord()).isEqualTo(record(old.notice().registers().get(0).id()));
        }
    }

}
