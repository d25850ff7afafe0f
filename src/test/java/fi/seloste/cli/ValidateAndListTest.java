package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.LocalizedText;
import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.check.CompleteNotice;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Severity;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.OwnSections;

class ValidateAndListTest {

    @TempDir
    Path dir;

    @Test
    void validatePrintsTheFindingsInTheUsersLanguageAndSaysByItsExitCodeWhetherAnyIsAnError() throws Exception {
        Path empty = write("Tyhjä", Notice.EMPTY);

        CliRun run = CliRun.of(Language.FI, "validate", empty.toString());

        long errors = new CompletenessCheck().check(Notice.EMPTY, CliRun.TODAY).stream()
                .filter(f -> f.severity() == Severity.ERROR).count();
        assertThat(errors).isPositive();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("Tyhjä (" + empty + ")").contains("  VIRHE ");
        assertThat(run.out().lines().filter(l -> l.startsWith("  VIRHE")).count()).isEqualTo(errors);
        assertThat(run.err()).contains("[1/1] Tyhjä: " + errors + " virhettä");
    }

    @Test
    void validateExitsWithZeroWhenNoFindingIsAnError() throws Exception {
        Notice notice = CompleteNotice.notice();
        assertThat(new CompletenessCheck().check(notice, CliRun.TODAY)).noneMatch(f -> f.severity() == Severity.ERROR);
        Path file = write("Valmis", notice);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.err()).contains("[1/1] Valmis: no errors");
    }

    @Test
    void aFileThatCannotBeReadFailsTheRunEvenWhenOthersHaveFindings() throws Exception {
        Path empty = write("Tyhjä", Notice.EMPTY);
        Path text = dir.resolve("Lista.seloste.mv.db");
        Files.writeString(text, "ei tietokanta");

        CliRun run = CliRun.of("validate", text.toString(), empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("Lista: FAILED, skipped.", "is not a Seloste client file");
        assertThat(run.out()).contains("Tyhjä (");
    }

    @Test
    void listShowsEachClientFileWithItsStatusSignOffAndReviewAndReportsUnreadableOnes() throws Exception {
        Notice physio = SeedNotices.physiotherapy();
        write("A Luonnos", withReview(physio, LocalDate.of(2027, 3, 1)));
        Path signed = write("B Hyväksytty", withReview(physio, LocalDate.of(2026, 10, 1)));
        Path changed = write("C Muutettu", physio);
        try (ClientFile a = ClientFiles.open(signed); ClientFile b = ClientFiles.open(changed)) {
            a.signOff("Veera Westerholm", LocalizedText.finnish("yrittäjä"), Instant.parse("2026-03-01T10:00:00Z"));
            b.signOff("Veera Westerholm", LocalizedText.EMPTY, Instant.parse("2026-05-01T10:00:00Z"));
            b.saveController(physio.controller().withPhone("+358 40 000 0000"));
        }
        Files.writeString(dir.resolve("D Rikki.seloste.mv.db"), "roskaa");
        Files.writeString(dir.resolve("muistio.txt"), "ei asiakastiedosto");

        CliRun run = CliRun.of(Language.FI, "list", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        var lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Tiedosto").contains("Asiakas", "Y-tunnus", "Tila", "Tarkistettava");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("A Luonnos").contains(physio.controller().name(),
                physio.controller().businessId(), "luonnos", "1.3.2027").doesNotContain("myöhässä");
        assertThat(lines.get(2)).startsWith("B Hyväksytty").contains("hyväksytty v1", "v1 1.3.2026 Veera Westerholm",
                "1.10.2026 (myöhässä)");
        assertThat(lines.get(3)).startsWith("C Muutettu").contains("muutettu v1:n jälkeen");
        assertThat(lines.get(4)).startsWith("D Rikki").contains("ei voi lukea");
        assertThat(run.out()).doesNotContain("muistio");
        assertThat(run.err()).contains("D Rikki.seloste.mv.db:", "4 asiakastiedostoa, 1 ei luettavissa");
    }

    @Test
    void validateWarnsOfSystemsWithOlderCatalogueFactsAndListCountsThem() throws Exception {
        Notice physio = SeedNotices.physiotherapy();
        CatalogueSystem entry = Catalogues.systems().stream().filter(s -> !s.transfers().isEmpty() && !s.statutory())
                .findFirst().orElseThrow();
        SystemUse older = entry.toSystemUse().withTransfers(List.of()).withFactsCheckedOn(entry.factsCheckedOn().minusDays(10));
        Register register = physio.registers().get(0);
        Notice outdated = OwnSections.onlySystems(physio, List.of(older));
        Path file = write("Vanha luettelo", outdated);
        Path current = write("Nykyinen luettelo", OwnSections.onlySystems(physio, List.of(entry.toSystemUse())));

        CliRun validate = CliRun.of(Language.FI, "validate", file.toString(), current.toString());

        String warning = "  VAROITUS  " + entry.name() + " (rekisteri " + register.name().fi() + "): järjestelmäluettelossa"
                + " on uudempia tietoja (tarkistettu " + entry.factsCheckedOn().format(DateTimeFormatter.ofPattern("d.M.yyyy"))
                + "): siirrot EU- ja ETA-alueen ulkopuolelle.";
        assertThat(validate.out().lines()).anyMatch(l -> l.startsWith(warning));
        assertThat(validate.out().lines().filter(l -> l.contains("järjestelmäluettelossa on uudempia")).count()).isEqualTo(1);

        CliRun list = CliRun.of(Language.FI, "list", dir.toString());

        var lines = list.out().lines().toList();
        assertThat(lines.get(0)).endsWith("Luettelon päivitykset");
        assertThat(lines.get(1)).startsWith("Nykyinen luettelo").endsWith(" 0");
        assertThat(lines.get(2)).startsWith("Vanha luettelo").endsWith(" 1");
    }

    @Test
    void listOfAFolderThatIsNotThereSaysSo() {
        CliRun run = CliRun.of("list", dir.resolve("ei-ole").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(run.err()).contains("No folder at");
    }

    private static Notice withReview(Notice notice, LocalDate review) {
        NoticeSettings s = notice.settings();
        return notice.withSettings(
                new NoticeSettings(Set.copyOf(s.languages()), review, s.introduction(), s.rightsInstructions()));
    }

    private Path write(String name, Notice notice) throws Exception {
        Path file = dir.resolve(name + ".seloste.mv.db");
        ClientFileWriter.write(file, notice);
        return file;
    }
}
