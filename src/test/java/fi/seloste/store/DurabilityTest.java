package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import fi.seloste.testing.ChildJvm;
import fi.seloste.testing.WriteUntilKilled;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityTest {

    @TempDir
    Path folder;

    @Test
    void aKilledProcessKeepsEveryEditItHadSaved() throws Exception {
        Path file = folder.resolve("killed" + ClientFileName.EXTENSION);
        ClientFiles.create(file).close();
        int acknowledged;
        try (ChildJvm writer = ChildJvm.start(WriteUntilKilled.class, file.toString())) {
            String line = writer.awaitLine(l -> l.equals("saved 40"), Duration.ofSeconds(60));
            acknowledged = Integer.parseInt(line.substring("saved ".length()));
            writer.kill();
        }
        try (ClientFile reopened = ClientFiles.open(file)) {
            String name = reopened.load().controller().name();
            assertThat(name).startsWith("edit ");
            assertThat(Integer.parseInt(name.substring("edit ".length()))).isGreaterThanOrEqualTo(acknowledged);
        }
    }
}
