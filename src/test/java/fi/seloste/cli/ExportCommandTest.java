package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.SignedVersion;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.NoticePdf;
import fi.seloste.export.SignedNoticeArchive;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;

class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsEveryFileInEveryChosenLanguageAndFormat() throws Exception {
        Path physio = clientFile("Fysio Virtanen", SeedNotices.physiotherapy());
        Path salon = clientFile("Kauneushoitola Aurora", SeedNotices.beautySalon());
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("export", physio.toString(), salon.toString(), "--format", "pdf,html,json",
                "--lang", "fi,sv", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(names(out)).containsExactlyInAnyOrder(
                "Fysio Virtanen-fi.pdf", "Fysio Virtanen-fi.html", "Fysio Virtanen-sv.pdf", "Fysio Virtanen-sv.html",
                "Fysio Virtanen.json",
                "Kauneushoitola Aurora-fi.pdf", "Kauneushoitola Aurora-fi.html", "Kauneushoitola Aurora-sv.pdf",
                "Kauneushoitola Aurora-sv.html", "Kauneushoitola Aurora.json");
        assertThat(pdfText(out.resolve("Fysio Virtanen-sv.pdf"))).contains(SeedNotices.physiotherapy().controller().name());
        assertThat(Files.readString(out.resolve("Kauneushoitola Aurora-fi.html"))).startsWith("<!DOCTYPE html>");
        assertThat(run.err()).contains("[1/2]", "[2/2]", "Fysio Virtanen", "Kauneushoitola Aurora", "5 files written");
    }

    @Test
    void aDamagedOrForeignFileIsReportedAndSkippedAndTheOthersAreExported() throws Exception {
        Path good = clientFile("Fysio Virtanen", SeedNotices.physiotherapy());
        Path damaged = dir.resolve("Rikki.seloste.mv.db");
        Files.write(damaged, Files.readAllBytes(good), java.nio.file.StandardOpenOption.CREATE_NEW);
        try (var channel = java.nio.channels.FileChannel.open(damaged, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(damaged) / 2);
        }
        Path text = dir.resolve("Muistiinpanot.seloste.mv.db");
        Files.writeString(text, "ostoslista: maitoa, leipää\n");
        Path missing = dir.resolve("Poistettu.seloste.mv.db");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of(Language.FI, "export", damaged.toString(), good.toString(), text.toString(),
                missing.toString(), "--out", out.toString(), "--lang", "fi");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(names(out)).containsExactlyInAnyOrder("Fysio Virtanen-fi.pdf", "Fysio Virtanen-fi.html");
        assertThat(run.err())
                .contains("Rikki: EPÄONNISTUI, ohitettiin. Rikki on vioittunut tai vajaa")
                .contains("Muistiinpanot: EPÄONNISTUI, ohitettiin.", "ei ole Selosteen asiakastiedosto")
                .contains("Poistettu: EPÄONNISTUI, ohitettiin. asiakastiedostoa ei ole paikassa")
                .contains("Vietiin 1 asiakastiedostoa, 3 epäonnistui")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aSignedVersionExportsTheSameBytesAsTheAppEveryTime() throws Exception {
        Path file = clientFile("Fysio Virtanen", SeedNotices.physiotherapy());
        SignedVersion signed;
        byte[] archivedPdf;
        try (ClientFile client = ClientFiles.open(file)) {
            client.signOff("Liisa Virtanen", LocalizedText.finnish("yrittäjä"), Instant.parse("2026-11-02T09:30:00Z"), SignedNoticeArchive::documents);
            NoticeSettings before = client.load().settings();
            client.saveSettings(new NoticeSettings(before.languages(), before.nextReview(),
                    LocalizedText.finnish("Muutettu luonnos"), before.rightsInstructions()));
            signed = client.signedVersion(1).orElseThrow();
            archivedPdf = client.archivedDocument(1, Language.FI, ArchivedDocument.Kind.PDF).orElseThrow().content();
        }
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        CliRun one = CliRun.of("export", file.toString(), "--version", "1", "--format", "pdf", "--lang", "fi", "--out", first.toString());
        CliRun two = CliRun.of("export", file.toString(), "--version", "1", "--format", "pdf", "--lang", "fi", "--out", second.toString());

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        byte[] pdf = Files.readAllBytes(first.resolve("Fysio Virtanen-fi.pdf"));
        assertThat(pdf).isEqualTo(Files.readAllBytes(second.resolve("Fysio Virtanen-fi.pdf")))
                .isEqualTo(archivedPdf)
                .isEqualTo(NoticePdf.render(signed.notice(), Language.FI, NoticeMeta.signed(signed.signOff())));
        assertThat(pdfText(first.resolve("Fysio Virtanen-fi.pdf"))).contains("Liisa Virtanen").doesNotContain("Muutettu luonnos")
                .doesNotContain("uusi tuloste");
    }

    /** A version signed before Seloste kept its documents is rendered again with today's wording, and says so. */
    @Test
    void aVersionWithoutArchivedDocumentsSaysItIsANewPrintout() throws Exception {
        Path file = clientFile("Fysio Virtanen", SeedNotices.physiotherapy());
        try (ClientFile client = ClientFiles.open(file)) {
            client.signOff("Liisa Virtanen", LocalizedText.finnish("yrittäjä"), Instant.parse("2026-11-02T09:30:00Z"));
        }
        Path out = dir.resolve("reissued");

        CliRun run = CliRun.of("export", file.toString(), "--version", "1", "--format", "pdf", "--lang", "fi", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pdfText(out.resolve("Fysio Virtanen-fi.pdf"))).contains("Liisa Virtanen")
                .contains("Tämä on uusi tuloste versiosta 1");
    }

    /** A notice the completeness check finds errors in is exported as a draft, and the command line says so. */
    @Test
    void aNoticeWithErrorsIsExportedAsADraft() throws Exception {
        Path file = clientFile("Fysio Virtanen", SeedNotices.physiotherapy());
        Path out = dir.resolve("draft");

        CliRun run = CliRun.of(Language.FI, "export", file.toString(), "--format", "pdf", "--lang", "fi", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("luonnos");
        assertThat(pdfText(out.resolve("Fysio Virtanen-fi.pdf"))).contains("LUONNOS – ei julkaistavaksi");
    }

    @Test
    void aVersionThatDoesNotExistFailsThatFile() throws Exception {
        Path file = clientFile("Fysio Virtanen", SeedNotices.physiotherapy());

        CliRun run = CliRun.of("export", file.toString(), "--version", "3", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("this client file has no signed version 3");
    }

    @Test
    void namesTheCharactersThePdfCannotDrawAndStillExports() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        Notice tokyo = seed.withController(seed.controller().withName("Fysio 東京"));
        Path file = clientFile("Fysio Tokio", tokyo);

        CliRun pdf = CliRun.of("export", file.toString(), "--lang", "fi", "--format", "pdf", "--out", dir.resolve("a").toString());
        CliRun html = CliRun.of("export", file.toString(), "--lang", "fi", "--format", "html", "--out", dir.resolve("b").toString());

        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        assertThat(pdf.err()).contains("Fysio Tokio: the PDF's fonts lack these characters, the PDF shows # in their"
                + " place (the HTML page shows them): 東 京");
        assertThat(dir.resolve("a/Fysio Tokio-fi.pdf")).isNotEmptyFile();
        assertThat(html.err()).as("the web page shows them").doesNotContain("fonts lack");
        assertThat(Files.readString(dir.resolve("b/Fysio Tokio-fi.html"), StandardCharsets.UTF_8)).contains("Fysio 東京");
    }

    @Test
    void warnsWhenATranslationIsMissingAndStillExports() throws Exception {
        Notice finnishOnly = SeedNotices.physiotherapy();
        finnishOnly = finnishOnly.withSettings(new NoticeSettings(java.util.Set.of(Language.FI), null,
                        LocalizedText.finnish("Vain suomeksi kirjoitettu johdanto."), LocalizedText.EMPTY));
        Path file = clientFile("Fysio Virtanen", finnishOnly);

        CliRun run = CliRun.of("export", file.toString(), "--lang", "en", "--format", "html", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Fysio Virtanen: the English text is missing in");
        assertThat(Files.readString(dir.resolve("out/Fysio Virtanen-en.html"), StandardCharsets.UTF_8))
                .contains("Vain suomeksi kirjoitettu johdanto.");
    }

    @Test
    void aWrongFormatOrLanguageIsAUsageErrorInTheUsersLanguage() throws Exception {
        Path file = clientFile("Fysio Virtanen", SeedNotices.physiotherapy());

        CliRun format = CliRun.of(Language.FI, "export", file.toString(), "--format", "docx");
        CliRun language = CliRun.of(Language.SV, "export", file.toString(), "--lang", "de");
        CliRun unknown = CliRun.of(Language.EN, "export", file.toString(), "--colour");
        CliRun noFiles = CliRun.of(Language.EN, "export");

        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("'docx' ei ole tiedostomuoto", "pdf, html, fragment", "seloste export --help");
        assertThat(language.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(language.err()).contains("'de' är inget språk");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown option or argument: --colour");
        assertThat(noFiles.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFiles.err()).contains("missing: FILE");
        assertThat(dir.resolve("Fysio Virtanen-fi.pdf")).doesNotExist();
    }

    private Path clientFile(String name, Notice notice) throws Exception {
        Path file = dir.resolve(name + ".seloste.mv.db");
        ClientFileWriter.write(file, notice);
        return file;
    }

    private static java.util.List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
