package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import fi.seloste.domain.Controller;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.NoticeInterchange;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client file as the Seloste of 2 December 2026 wrote it (format 5: the physiotherapy seed imported with commit
 * 77b9999, and its export-json beside it) opens in today's Seloste: the copy is kept, the notice and the signed version
 * are exactly what the old Seloste showed, and from then on the file carries a checksum that catches damage.
 */
class UpgradeFromFormat5Test {

    @TempDir
    Path folder;

    private Path file;
    private byte[] original;
    private InterchangeDocument asTheOldSelosteShowedIt;

    @BeforeEach
    void copyTheOldFile() throws Exception {
        file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        try (InputStream in = getClass().getResourceAsStream("format5-physiotherapy.seloste.mv.db")) {
            Files.write(file, in.readAllBytes());
        }
        try (InputStream in = getClass().getResourceAsStream("format5-physiotherapy.json")) {
            asTheOldSelosteShowedIt = NoticeInterchange.read(in.readAllBytes(), fi.seloste.domain.Language.EN);
        }
        original = Files.readAllBytes(file);
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(5);
    }

    @Test
    void theUpgradedFileHoldsExactlyWhatTheOldSelosteShowedAndKeepsACopy() throws Exception {
        try (ClientFile upgraded = ClientFiles.open(file)) {
            assertThat(upgraded.load()).isEqualTo(asTheOldSelosteShowedIt.notice());
            assertThat(upgraded.signedVersions()).isEqualTo(asTheOldSelosteShowedIt.signedVersions());
        }
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(SchemaVersion.LATEST);
        try (var files = Files.list(folder)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".format5-")).toList())
                    .singleElement().satisfies(copy -> assertThat(Files.readAllBytes(copy)).isEqualTo(original));
        }
        try (ClientFile reread = ClientFiles.openToRead(file)) {
            assertThat(reread.load()).isEqualTo(asTheOldSelosteShowedIt.notice());
            assertThat(reread.lastSave()).isPresent();
        }
    }

    @Test
    void afterTheUpgradeAChangedByteIsCaught() throws Exception {
        try (ClientFile upgraded = ClientFiles.open(file)) {
            upgraded.saveController(new Controller("Flowest Fysioterapia", "3015969-6",
                    upgraded.load().controller().address(), "", "", ""));
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = "Flowest Fysioterapia".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(java.util.Arrays.copyOfRange(bytes, i, i + needle.length), needle)) {
                bytes[i + 3] ^= 1;
            }
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> ClientFiles.openToRead(file)).isInstanceOfSatisfying(ClientFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.DAMAGED));
    }
}
