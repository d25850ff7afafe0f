package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.SignOff;
import fi.seloste.testing.Bytes;
import fi.seloste.testing.SampleNotices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bit flipped inside a stored value (bit rot, a bad sector, a faulty USB stick) is reported as damage, never read
 * back as the owner's text or as another signer (probe M1: "Flowest" came back as "Fmowest", the signer
 * "Liisa" as "LIisa", with exit 0).
 */
class ChangedByteTest {

    @TempDir
    Path folder;

    @Test
    void aFlippedBitInAnyCopyOfOwnerTextOrOfTheSignerIsDamageOrChangesNothing() throws Exception {
        Path original = folder.resolve("flowest" + ClientFileName.EXTENSION);
        Notice notice;
        List<SignOff> signOffs;
        try (ClientFile file = ClientFiles.create(original)) {
            file.saveController(SampleNotices.controller());
            Register added = file.addRegister(RegisterTemplate.BOOKING_AND_PATIENTS, LocalizedText.finnish("x"));
            file.saveRegister(SampleNotices.patientRegister(added.id()));
            file.signOff("Liisa Virtanen", LocalizedText.finnish("yrittäjä"), Instant.parse("2026-11-22T10:15:30Z"));
            file.saveController(SampleNotices.controller().withName("Flowest Oy"));
            notice = file.load();
            signOffs = file.signOffs();
        }
        byte[] bytes = Files.readAllBytes(original);
        List<Integer> places = new ArrayList<>();
        for (String text : List.of("Flowest", "Liisa Virtanen", "3015969-6", "asiakastietorekisteri", "yrittäjä")) {
            places.addAll(Bytes.occurrences(bytes, text.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(places).as("the owner's text is stored in the file as UTF-8").isNotEmpty();

        Path copy = folder.resolve("copy" + ClientFileName.EXTENSION);
        int damaged = 0;
        for (int place : places) {
            byte[] flipped = bytes.clone();
            flipped[place + 1] ^= 1;
            Files.write(copy, flipped);
            try (ClientFile opened = ClientFiles.openToRead(copy)) {
                assertThat(opened.load()).as("a bit flipped at byte %d", place + 1).isEqualTo(notice);
                assertThat(opened.signOffs()).as("a bit flipped at byte %d", place + 1).isEqualTo(signOffs);
            } catch (ClientFileException e) {
                assertThat(e.problem()).as("a bit flipped at byte %d", place + 1).isEqualTo(ClientFileProblem.DAMAGED);
                damaged++;
            }
            assertThat(Files.readAllBytes(copy)).as("the damaged copy is left as it was").isEqualTo(flipped);
        }
        assertThat(damaged).as("flips in the live copies are caught").isPositive();
        assertThat(Files.readAllBytes(original)).isEqualTo(bytes);
    }

}
