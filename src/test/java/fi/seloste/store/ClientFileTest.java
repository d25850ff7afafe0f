package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.SignOff;
import fi.seloste.testing.SampleNotices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientFileTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileIsEmptyAndCarriesTheSelosteMarkAndLatestFormat() throws Exception {
        Path file = folder.resolve("Uusi" + ClientFileName.EXTENSION);
        try (ClientFile clientFile = ClientFiles.create(file)) {
            assertThat(clientFile.load()).isEqualTo(Notice.EMPTY);
        }
        assertThat(file).isRegularFile();
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(SchemaVersion.LATEST);
        assertThat(Files.list(folder)).as("nothing but the client file is left in the folder").containsExactly(file);
    }

    @Test
    void creatingOverAnExistingFileIsRefusedAndTheFileIsKept() throws Exception {
        Path file = folder.resolve("a" + ClientFileName.EXTENSION);
        Files.writeString(file, "someone else's data");
        assertThatThrownBy(() -> ClientFiles.create(file))
                .isInstanceOfSatisfying(ClientFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.ALREADY_EXISTS));
        assertThat(file).hasContent("someone else's data");
    }

    @Test
    void everyFieldOfTheNoticeSurvivesCloseAndReopen() throws Exception {
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        Notice expected;
        try (ClientFile clientFile = ClientFiles.create(file)) {
            clientFile.saveController(SampleNotices.controller());
            clientFile.saveContactPerson(SampleNotices.contactPerson());
            clientFile.saveDataProtectionOfficer(SampleNotices.dataProtectionOfficer());
            clientFile.saveSettings(SampleNotices.settings());
            Register patients = clientFile.addRegister(RegisterTemplate.BOOKING_AND_PATIENTS, LocalizedText.finnish("x"));
            clientFile.saveRegister(SampleNotices.patientRegister(patients.id()));
            Register marketing = clientFile.addRegister(RegisterTemplate.MARKETING_AND_NEWSLETTER,
                    SampleNotices.text("Markkinointirekisteri"));
            expected = SampleNotices.withSharedSections(Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(),
                    SampleNotices.dataProtectionOfficer(), SampleNotices.settings(),
                    List.of(SampleNotices.patientRegister(patients.id()), marketing)));
            clientFile.saveShared(expected);
        }
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.load()).isEqualTo(expected);
        }
    }

    @Test
    void editsReplaceEarlierValuesAndRemovalsStayRemoved() throws Exception {
        Path file = folder.resolve("edit" + ClientFileName.EXTENSION);
        long keptId;
        try (ClientFile clientFile = ClientFiles.create(file)) {
            clientFile.saveContactPerson(SampleNotices.contactPerson());
            Register first = clientFile.addRegister(RegisterTemplate.CUSTOMERS, LocalizedText.finnish("Asiakkaat"));
            clientFile.saveRegister(SampleNotices.patientRegister(first.id()));
            Register second = clientFile.addRegister(RegisterTemplate.JOB_APPLICANTS, LocalizedText.finnish("Hakijat"));
            keptId = second.id();
            clientFile.saveRegister(Register.empty(first.id(), RegisterTemplate.CUSTOMERS, LocalizedText.finnish("Asiakkaat")));
            clientFile.deleteRegister(first.id());
            clientFile.saveContactPerson(null);
            clientFile.saveSettings(NoticeSettings.DEFAULT);
            clientFile.saveController(SampleNotices.controller().withName("Flowest Oy"));
        }
        try (ClientFile reopened = ClientFiles.open(file)) {
            Notice notice = reopened.load();
            assertThat(notice.controller().name()).isEqualTo("Flowest Oy");
            assertThat(notice.contactPerson()).isNull();
            assertThat(notice.settings()).isEqualTo(NoticeSettings.DEFAULT);
            assertThat(notice.registers()).extracting(Register::id).containsExactly(keptId);
        }
    }

    @Test
    void savingARegisterThatIsGoneIsAnErrorNotASilentLoss() throws Exception {
        try (ClientFile clientFile = ClientFiles.create(folder.resolve("gone" + ClientFileName.EXTENSION))) {
            Register register = clientFile.addRegister(RegisterTemplate.BLANK, LocalizedText.EMPTY);
            clientFile.deleteRegister(register.id());
            assertThatThrownBy(() -> clientFile.saveRegister(register)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void signOffFreezesTheContentAndLaterEditsDoNotChangeIt() throws Exception {
        Path file = folder.resolve("signed" + ClientFileName.EXTENSION);
        Instant at = Instant.parse("2026-11-22T10:15:30Z");
        try (ClientFile clientFile = ClientFiles.create(file)) {
            clientFile.saveController(SampleNotices.controller());
            Register register = clientFile.addRegister(RegisterTemplate.CUSTOMERS, LocalizedText.EMPTY);
            clientFile.saveRegister(SampleNotices.patientRegister(register.id()));
            Notice signedContent = clientFile.load();

            SignOff first = clientFile.signOff("Veera Westerholm", LocalizedText.finnish("yrittäjä"), at);
            clientFile.saveController(SampleNotices.controller().withName("Changed after sign-off"));
            SignOff second = clientFile.signOff("Veera Westerholm", LocalizedText.EMPTY, at.plusSeconds(60));

            assertThat(first.version()).isEqualTo(1);
            assertThat(second.version()).isEqualTo(2);
            assertThat(first.contentSha256()).hasSize(64).isNotEqualTo(second.contentSha256());
            assertThat(clientFile.signedVersion(1).orElseThrow().notice()).isEqualTo(signedContent);
            assertThat(clientFile.signedVersion(3)).isEmpty();
        }
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.signOffs()).extracting(SignOff::version, SignOff::signer, SignOff::signedAt)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "Veera Westerholm", at),
                            org.assertj.core.groups.Tuple.tuple(2, "Veera Westerholm", at.plusSeconds(60)));
            assertThat(reopened.signedVersion(1).orElseThrow().notice().controller().name()).isEqualTo("Flowest");
        }
    }

    @Test
    void theSameContentSignedInTwoFilesHasTheSameFingerprint() throws Exception {
        String[] fingerprints = new String[2];
        for (int i = 0; i < 2; i++) {
            try (ClientFile clientFile = ClientFiles.create(folder.resolve("same" + i + ClientFileName.EXTENSION))) {
                clientFile.saveController(SampleNotices.controller());
                clientFile.saveSettings(SampleNotices.settings());
                fingerprints[i] = clientFile.signOff("A", LocalizedText.EMPTY, Instant.EPOCH).contentSha256();
            }
        }
        assertThat(fingerprints[0]).isEqualTo(fingerprints[1]);
    }

    @Test
    void hostileAndVeryLongTextIsStoredExactlyAsTyped() throws Exception {
        String hostile = "<script>alert(1)</script>\"><img onerror=x> \u202Etxt.exe 😀 ' ; drop table controller; --"
                + "x".repeat(10_000);
        Path file = folder.resolve("hostile" + ClientFileName.EXTENSION);
        try (ClientFile clientFile = ClientFiles.create(file)) {
            clientFile.saveController(SampleNotices.controller().withName(hostile));
        }
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.load().controller().name()).isEqualTo(hostile);
        }
    }
}
