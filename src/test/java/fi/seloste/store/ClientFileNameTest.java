package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ClientFileNameTest {

    @Test
    void theFileIsNamedAfterTheClientWithCharactersNoDiskTakesReplaced() {
        Path folder = Path.of("/asiakkaat");
        assertThat(ClientFileName.forClient(folder, " Kauneushoitola Helmenloiste ").getFileName())
                .hasToString("Kauneushoitola Helmenloiste.seloste.mv.db");
        assertThat(ClientFileName.forClient(folder, "A/B: C?;").getFileName()).hasToString("A_B_ C__.seloste.mv.db");
        assertThat(ClientFileName.forClient(folder, "..").getFileName()).hasToString("client.seloste.mv.db");
    }

    @Test
    void displayNameAndExtension() {
        Path file = Path.of("/a/Flowest.seloste.mv.db");
        assertThat(ClientFileName.displayName(file)).isEqualTo("Flowest");
        assertThat(ClientFileName.isClientFile(file)).isTrue();
        assertThat(ClientFileName.withExtension(Path.of("/a/Flowest"))).isEqualTo(file);
        assertThat(ClientFileName.databaseName(file)).isEqualTo("/a/Flowest.seloste");
    }
}
