package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Controller;
import fi.seloste.store.ClientFileRecovery.Recovered;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Recover the last complete state into a copy": the copy says how old it is, the damaged file stays as it was. */
class ClientFileRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void aCutFileIsRecoveredAtItsLastCompleteSaveIntoANewFileBesideIt() throws Exception {
        Path file = folder.resolve("Katkennut" + ClientFileName.EXTENSION);
        Instant beforeSaves = Instant.now();
        try (ClientFile open = ClientFiles.create(file)) {
            for (int n = 1; n <= 20; n++) {
                open.saveController(Controller.EMPTY.withName("edit " + n));
            }
        }
        byte[] whole = Files.readAllBytes(file);
        byte[] cut = Arrays.copyOf(whole, whole.length - 4096);
        Files.write(file, cut);
        assertThatThrownBy(() -> ClientFiles.openToRead(file)).isInstanceOfSatisfying(ClientFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.DAMAGED));

        Recovered recovered = ClientFileRecovery.intoCopy(file);

        assertThat(Files.readAllBytes(file)).as("the damaged file is not changed").isEqualTo(cut);
        assertThat(recovered.copy().getParent()).isEqualTo(file.getParent());
        assertThat(recovered.copy().getFileName().toString()).startsWith("Katkennut-recovered-")
                .endsWith(ClientFileName.EXTENSION);
        assertThat(recovered.savedAt()).get().satisfies(at -> assertThat(at).isAfter(beforeSaves));
        assertThat(recovered.damagedFileReachesTo()).get()
                .satisfies(reach -> assertThat(reach).isAfterOrEqualTo(recovered.savedAt().get().minusSeconds(1)));
        try (ClientFile copy = ClientFiles.open(recovered.copy())) {
            String name = copy.load().controller().name();
            assertThat(name).startsWith("edit ");
            assertThat(Integer.parseInt(name.substring(5))).isBetween(1, 20);
        }
    }

    @Test
    void whenTheWorkingNoticeIsDamagedTheNewestIntactSignedVersionIsRecovered() throws Exception {
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        try (ClientFile open = ClientFiles.create(file)) {
            open.saveController(Controller.EMPTY.withName("Flowest"));
            open.signOff("Liisa Virtanen", LocalizedText.finnish("yrittäjä"), Instant.parse("2026-11-22T10:15:30Z"));
            open.saveController(Controller.EMPTY.withName("Flowest Tmi"));
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = "Flowest Tmi".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = bytes.clone();
        boolean flipped = false;
        for (int i = 0; i + needle.length <= damaged.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(damaged, i, i + needle.length), needle)) {
                damaged[i + 8] ^= 1;
                flipped = true;
            }
        }
        assertThat(flipped).isTrue();
        Files.write(file, damaged);
        assertThatThrownBy(() -> ClientFiles.openToRead(file)).isInstanceOfSatisfying(ClientFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.DAMAGED));

        Recovered recovered = ClientFileRecovery.intoCopy(file);

        assertThat(recovered.fromSignedVersion()).isEqualTo(1);
        assertThat(recovered.savedAt()).contains(Instant.parse("2026-11-22T10:15:30Z"));
        assertThat(recovered.keptVersions()).containsExactly(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        try (ClientFile copy = ClientFiles.openToRead(recovered.copy())) {
            assertThat(copy.load().controller().name()).isEqualTo("Flowest");
            assertThat(copy.signOffs()).singleElement().satisfies(s -> assertThat(s.signer()).isEqualTo("Liisa Virtanen"));
        }
    }
}
