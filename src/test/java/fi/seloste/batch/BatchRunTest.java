package fi.seloste.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.Pageable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import fi.seloste.clients.ClientScanner;
import fi.seloste.clients.OpenInThisApp;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.export.Printer;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch work of the client overview without the overview: a cancel at a known document (a hook, not timing)
 * leaves only complete sets of files, failures keep their reasons, validation counts, and printing goes through the
 * print dialog's boundary.
 */
class BatchRunTest {

    private static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.PDF, ExportFormat.HTML, ExportFormat.JSON);
    private static final ExportTexts EXPORT_TEXTS = new ExportTexts() {
        @Override
        public String nameTooLong(int maxFileNameBytes, int maxNameBytes) {
            return "too long";
        }

        @Override
        public String sameName(String otherFile) {
            return "same name as " + otherFile;
        }

        @Override
        public String noSuchVersion(int version) {
            return "no version " + version;
        }
    };

    @TempDir
    Path root;

    private Path clients;
    private Path out;
    private List<Path> files;

    @BeforeEach
    void threeClients() throws Exception {
        clients = Files.createDirectories(root.resolve("clients"));
        out = Files.createDirectories(root.resolve("out"));
        files = new ArrayList<>();
        for (String name : List.of("Aalto", "Berg", "Carelia")) {
            Path file = clients.resolve(name + ClientFileName.EXTENSION);
            ClientFileWriter.write(file, SeedNotices.physiotherapy());
            files.add(file);
        }
    }

    private static String reason(Throwable error) {
        if (error.getCause() instanceof OpenInThisApp) {
            return "open here";
        }
        return error instanceof ClientFileException e ? "problem " + e.problem() : "unexpected " + error;
    }

    private BatchRun<ClientExport.Result> exportRun(BatchRun.Hook hook) {
        return exportRun(hook, ClientScanner.Gate.NONE);
    }

    private BatchRun<ClientExport.Result> exportRun(BatchRun.Hook hook, ClientScanner.Gate gate) {
        ClientExport export = new ClientExport(new ClientExport.Plan(FORMATS, Set.of(Language.FI, Language.SV), out, null),
                Clock.systemDefaultZone(), EXPORT_TEXTS, gate);
        return new BatchRun<>(export::export, BatchRunTest::reason, hook);
    }

    @Test
    void aCancelBetweenTwoDocumentsOfAFileLeavesNoneOfThemAndTheFilesBeforeComplete() throws Exception {
        // Berg exported before, complete: a cancelled export must leave that one as it was.
        Path oldBergPdf = Files.writeString(out.resolve("Berg-fi.pdf"), "the earlier export");
        AtomicReference<BatchRun<ClientExport.Result>> run = new AtomicReference<>();
        List<String> reached = new ArrayList<>();
        run.set(exportRun((file, done, total) -> {
            reached.add(ClientFileName.displayName(file) + " " + done + "/" + total);
            if (ClientFileName.displayName(file).equals("Berg") && done == 2) {
                run.get().cancel();
            }
        }));

        List<FileOutcome<ClientExport.Result>> outcomes = run.get().runAll(files, 1);

        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.DONE,
                FileOutcome.Status.CANCELLED, FileOutcome.Status.CANCELLED);
        assertThat(reached).as("Berg stopped after two of its five documents; Carelia never began")
                .contains("Berg 2/5").doesNotContain("Berg 3/5").noneMatch(r -> r.startsWith("Carelia"));
        assertThat(outcomes.get(0).result().written()).hasSize(5);
        assertThat(namesIn(out)).containsExactlyInAnyOrder("Aalto-fi.pdf", "Aalto-fi.html", "Aalto-sv.pdf",
                "Aalto-sv.html", "Aalto.json", "Berg-fi.pdf");
        assertThat(Files.readString(oldBergPdf)).isEqualTo("the earlier export");
        assertThat(Files.readAllBytes(out.resolve("Aalto-fi.pdf"))).startsWith("%PDF".getBytes());
    }

    @Test
    void aFileThatCannotBeReadFailsWithItsReasonAndTheOthersAreDone() throws Exception {
        byte[] whole = Files.readAllBytes(files.get(1));
        Files.write(files.get(1), Arrays.copyOf(whole, whole.length / 2));

        List<FileOutcome<ClientExport.Result>> outcomes = exportRun(BatchRun.Hook.NONE).runAll(files, 2);

        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.DONE,
                FileOutcome.Status.FAILED, FileOutcome.Status.DONE);
        assertThat(outcomes.get(1).reason()).isEqualTo("problem DAMAGED");
        assertThat(namesIn(out)).hasSize(10).noneMatch(n -> n.startsWith("Berg"));
    }

    @Test
    void aFileTheAppHasOpenIsSkippedWithItsReasonNotFailedAndNothingOfItIsWritten() throws Exception {
        Path open = files.get(1).toAbsolutePath().normalize();
        ClientScanner.Gate gate = new ClientScanner.Gate() {
            @Override
            public <T> T around(Path file, java.util.concurrent.Callable<T> read) throws Exception {
                if (file.equals(open)) {
                    throw new OpenInThisApp(file);
                }
                return read.call();
            }

            @Override
            public <T> T aroundWrite(Path file, java.util.concurrent.Callable<T> write) throws Exception {
                return write.call();
            }
        };

        List<FileOutcome<ClientExport.Result>> outcomes = exportRun(BatchRun.Hook.NONE, gate).runAll(files, 2);

        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.DONE,
                FileOutcome.Status.SKIPPED, FileOutcome.Status.DONE);
        assertThat(outcomes.get(1).reason()).isEqualTo("open here");
        assertThat(FileOutcome.count(outcomes, FileOutcome.Status.FAILED)).isZero();
        assertThat(namesIn(out)).hasSize(10).noneMatch(n -> n.startsWith("Berg"));
    }

    @Test
    void validationCountsErrorsAndWarningsWithTheFindingsTexts() throws Exception {
        Path nameless = clients.resolve("Dahl" + ClientFileName.EXTENSION);
        ClientFileWriter.write(nameless, SeedNotices.physiotherapy()
                .withController(SeedNotices.physiotherapy().controller().withName("")));
        BatchRun<ClientValidation.Result> run = new BatchRun<>(
                (file, checkpoint) -> ClientValidation.validate(file, LocalDate.now(), ClientScanner.Gate.NONE, checkpoint),
                BatchRunTest::reason, BatchRun.Hook.NONE);

        List<FileOutcome<ClientValidation.Result>> outcomes = run.runAll(List.of(files.get(0), nameless), 2);

        assertThat(outcomes).allMatch(o -> o.status() == FileOutcome.Status.DONE);
        ClientValidation.Result withoutName = outcomes.get(1).result();
        assertThat(withoutName.errors()).isGreaterThan(outcomes.get(0).result().errors());
        assertThat(withoutName.findings()).extracting(f -> f.message(Language.EN)).isNotEmpty()
                .allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void validationCountsTheValuesFromAnOldNoticeStillToCheck() throws Exception {
        Path fromOld = clients.resolve("Ek" + ClientFileName.EXTENSION);
        fi.seloste.domain.FromOldNotice copied = new fi.seloste.domain.FromOldNotice(
                fi.seloste.domain.PlacedFieldKey.ofRegister(fi.seloste.domain.PlacedFieldKey.Field.REGISTER_DESCRIPTION,
                        SeedNotices.physiotherapy().registers().get(0).id()), "Asiakasrekisteri.", "Asiakasrekisteri.");
        ClientFiles.importDraft(fromOld, SeedNotices.physiotherapy(), List.of(copied));

        ClientValidation.Result result = ClientValidation.validate(fromOld, LocalDate.now(), ClientScanner.Gate.NONE,
                Checkpoint.NONE);
        ClientValidation.Result other = ClientValidation.validate(files.get(0), LocalDate.now(), ClientScanner.Gate.NONE,
                Checkpoint.NONE);

        assertThat(result.uncheckedMarks()).isEqualTo(1);
        assertThat(other.uncheckedMarks()).isZero();
    }

    @Test
    void theLatestSignedVersionIsPrintedThroughThePrinterAndAFileNeverSignedIsSkippedWithItsReason() throws Exception {
        try (ClientFile aalto = ClientFiles.open(files.get(0))) {
            aalto.signOff("Testi", LocalizedText.finnish("kirjanpitäjä"), Instant.parse("2026-03-01T10:00:00Z"));
            aalto.signOff("Testi", LocalizedText.finnish("kirjanpitäjä"), Instant.parse("2026-04-01T10:00:00Z"));
        }
        try (ClientFile berg = ClientFiles.open(files.get(1))) {
            berg.signOff("Testi", LocalizedText.finnish("kirjanpitäjä"), Instant.parse("2026-03-01T10:00:00Z"));
        }
        List<String> jobs = new ArrayList<>();
        Printer printer = new Printer() {
            @Override
            public boolean installed() {
                return true;
            }

            @Override
            public Optional<String> print(Pageable pages, String jobName) {
                jobs.add(jobName + " " + pages.getNumberOfPages() + " pages");
                // The owner closes the second dialog (Berg's) without printing.
                return jobs.size() == 2 ? Optional.empty() : Optional.of("Office");
            }
        };
        PrintTexts texts = new PrintTexts() {
            @Override
            public String jobName(String client, int version, Language language) {
                return client + " v" + version + " " + language.tag();
            }

            @Override
            public String noSignedVersion() {
                return "never signed";
            }

            @Override
            public String notSignedIn(int version, Language language) {
                return "not in " + language.tag();
            }
        };
        List<Path> named = List.of(files.get(0), files.get(1), files.get(2));
        try (ClientFile f = ClientFiles.open(files.get(1))) {
            f.saveController(f.load().controller().withName("Berg Hälsa"));
        }
        // A printer that keeps no choice: the default session shows its dialog for each file.
        SignedPrint print = new SignedPrint(Language.FI, printer.chooseOnce("batch").orElseThrow(),
                ClientScanner.Gate.NONE, texts);

        List<FileOutcome<SignedPrint.Printed>> outcomes = new BatchRun<>(print::print, BatchRunTest::reason,
                BatchRun.Hook.NONE).runAll(named, 1);

        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.DONE,
                FileOutcome.Status.CANCELLED, FileOutcome.Status.SKIPPED);
        assertThat(outcomes.get(0).result()).isEqualTo(new SignedPrint.Printed(2, "Office"));
        assertThat(outcomes.get(2).reason()).isEqualTo("never signed");
        String client = SeedNotices.physiotherapy().controller().name();
        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0)).startsWith(client + " v2 fi ");
        assertThat(jobs.get(1)).as("the signed version's name, not the later edit").startsWith(client + " v1 fi ")
                .doesNotContain("Berg Hälsa");
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
