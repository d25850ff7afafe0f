package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.ClientFileWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client file renamed while open, and copied whole while open; neither ever overwrites another file. */
class RenameAndCopyTest {

    private static final ArchivedDocument PDF = new ArchivedDocument(Language.FI, ArchivedDocument.Kind.PDF,
            new byte[] {'%', 'P', 'D', 'F', 1, 2, 3});

    @TempDir
    Path folder;

    @Test
    void aRenamedFileKeepsItsContentAndTakesLaterEditsUnderItsNewName() throws Exception {
        Path file = seeded("My business");
        Path renamed = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        try (ClientFile open = ClientFiles.open(file)) {
            Notice before = open.load();
            open.renameTo(renamed);
            assertThat(open.path()).isEqualTo(renamed);
            assertThat(file).doesNotExist();
            open.saveController(before.controller().withName("Flowest Oy"));
            assertThat(open.load().registers()).isEqualTo(before.registers());
        }
        try (ClientFile reopened = ClientFiles.open(renamed)) {
            assertThat(reopened.load().controller().name()).isEqualTo("Flowest Oy");
            assertThat(reopened.signOffs()).hasSize(1);
        }
    }

    @Test
    void renamingOntoAnExistingFileIsRefusedAndBothFilesStayAsTheyWere() throws Exception {
        Path file = seeded("My business");
        Path taken = folder.resolve("Taken" + ClientFileName.EXTENSION);
        Files.writeString(taken, "someone else's");
        try (ClientFile open = ClientFiles.open(file)) {
            assertThatThrownBy(() -> open.renameTo(taken)).isInstanceOfSatisfying(ClientFileException.class,
                    e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.ALREADY_EXISTS));
            assertThat(open.path()).isEqualTo(file.toAbsolutePath());
            open.saveController(open.load().controller().withName("still open"));
        }
        assertThat(Files.readString(taken)).isEqualTo("someone else's");
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.load().controller().name()).isEqualTo("still open");
        }
    }

    @Test
    void aCopyIsTheWholeFileWithItsSignedVersionsAndDocumentsAndTheOriginalStaysOpen() throws Exception {
        Path file = seeded("Flowest");
        Path copy = Files.createDirectories(folder.resolve("elsewhere")).resolve("Flowest (copy)" + ClientFileName.EXTENSION);
        Notice original;
        try (ClientFile open = ClientFiles.open(file)) {
            open.saveController(open.load().controller().withName("Edited before the copy"));
            original = open.load();
            open.copyTo(copy);
            open.saveController(original.controller().withName("Edited after the copy"));
        }
        try (ClientFile copied = ClientFiles.open(copy)) {
            assertThat(copied.load()).isEqualTo(original);
            assertThat(copied.signedVersions()).hasSize(1);
            assertThat(copied.archivedDocuments(1)).singleElement().satisfies(d -> assertThat(d.content()).isEqualTo(PDF.content()));
        }
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.load().controller().name()).isEqualTo("Edited after the copy");
        }
        try (Stream<Path> left = Files.list(copy.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(copy);
        }
    }

    @Test
    void copyingOntoAnExistingFileIsRefusedAndItIsLeftAsItWas() throws Exception {
        Path file = seeded("Flowest");
        Path taken = folder.resolve("Taken" + ClientFileName.EXTENSION);
        Files.writeString(taken, "someone else's");
        try (ClientFile open = ClientFiles.open(file)) {
            assertThatThrownBy(() -> open.copyTo(taken)).isInstanceOfSatisfying(ClientFileException.class,
                    e -> assertThat(e.problem()).isEqualTo(ClientFileProblem.ALREADY_EXISTS));
            assertThat(open.load().controller().name()).as("the open file works on").isEqualTo("Flowest");
        }
        assertThat(Files.readString(taken)).isEqualTo("someone else's");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("Flowest" + ClientFileName.EXTENSION, "Taken" + ClientFileName.EXTENSION);
        }
    }

    private Path seeded(String name) throws Exception {
        Path file = folder.resolve(name + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        try (ClientFile open = ClientFiles.open(file)) {
            open.signOff("Veera Westerholm", fi.seloste.domain.LocalizedText.finnish("yrittäjä"), Instant.parse("2026-11-22T10:15:00Z"), signed -> List.of(PDF));
        }
        return file;
    }
}
