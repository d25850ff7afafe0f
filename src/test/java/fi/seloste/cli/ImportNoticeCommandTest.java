package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SystemUse;
import fi.seloste.oldnotice.FactField;
import fi.seloste.oldnotice.OutdatedStatement;
import fi.seloste.oldnotice.UnplacedStatement;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.Bundles;

class ImportNoticeCommandTest {

    private static final List<Path> SEEDS = List.of(Path.of("../shared/seeds"), Path.of("/work/shared/seeds"));

    @TempDir
    Path dir;

    @Test
    void anOldNoticeBecomesANewDraftClientFileAndTheReportSaysWhatWasPlacedAndWhatNot() throws Exception {
        Path old = Files.copy(seed("physiotherapy-practice-tietosuojaseloste.txt"), dir.resolve("vanha seloste.txt"));
        byte[] before = Files.readAllBytes(old);

        CliRun run = CliRun.of("import-notice", old.toString(), "--into", dir.resolve("Flowest").toString());
        System.out.println(run.out());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Placed from your old notice (38)", "controller's name: Flowest",
                "← “Flowest, 3015969-6”", "system or service: HubSpot", "legal basis: our legitimate interest",
                "Not placed (", "“Tietoja säilytetään teknisesti suojattuina.” (not recognised)",
                "Out of date, not copied (1)", "“Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle.”",
                "You may not require a request to be in writing or signed");
        assertThat(run.err()).contains("Created the draft client file", "38 values placed");
        assertThat(Files.readAllBytes(old)).as("the old notice is only read").isEqualTo(before);
        try (ClientFile file = ClientFiles.open(dir.resolve("Flowest.seloste.mv.db"))) {
            Notice notice = file.load();
            assertThat(notice.controller().name()).isEqualTo("Flowest");
            assertThat(notice.contactPerson().phone()).isEqualTo("+35850 4054126");
            assertThat(notice.registers()).hasSize(1);
            assertThat(fi.seloste.oldnotice.WhereTheDraftKeeps.systems(notice)).extracting(SystemUse::catalogId).contains("hubspot", "vello");
            assertThat(file.loadMarks()).as("the values placed are kept to check in the app, as the app's import keeps them")
                    .contains(new fi.seloste.domain.FromOldNotice(fi.seloste.domain.PlacedFieldKey.of(
                            fi.seloste.domain.PlacedFieldKey.Field.CONTROLLER_NAME), "Flowest", "Flowest, 3015969-6"));
        }
    }

    @Test
    void theReportIsInTheUsersLanguage() throws Exception {
        CliRun run = CliRun.of(Language.FI, "import-notice", seed("beauty-salon-rekisteriseloste.txt").toString(),
                "--into", dir.resolve("Helmenloiste").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Siirretty vanhasta selosteesta", "rekisterinpitäjän nimi: Helmenloiste",
                "yhteyshenkilön sähköposti: annukka@helmenloiste.fi", "Vanhentunutta, ei kopioitu (3)",
                "Virke viittaa henkilötietolakiin (523/1999), joka kumottiin 1.1.2019");
        assertThat(run.err()).contains("Luotiin uusi asiakastiedosto", "luonnokseksi");
    }

    @Test
    void anExistingClientFileIsNeverOverwritten() throws Exception {
        Path old = seed("physiotherapy-practice-tietosuojaseloste.txt");
        Path target = dir.resolve("Flowest");
        assertThat(CliRun.of("import-notice", old.toString(), "--into", target.toString()).exitCode()).isZero();
        Path file = dir.resolve("Flowest.seloste.mv.db");
        Notice first;
        try (ClientFile client = ClientFiles.open(file)) {
            first = client.load();
        }

        CliRun again = CliRun.of("import-notice", seed("beauty-salon-rekisteriseloste.txt").toString(), "--into", target.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(again.err()).contains("There is a client file at", "already");
        assertThat(again.out()).isEmpty();
        try (ClientFile client = ClientFiles.open(file)) {
            assertThat(client.load()).isEqualTo(first);
        }
    }

    @Test
    void aDamagedHugeOrUnknownFileIsRefusedWithASentenceAndNothingIsWritten() throws Exception {
        Path damaged = Files.write(dir.resolve("seloste.docx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 6; i++) {
                out.write(block);
            }
        }
        Path word97 = Files.write(dir.resolve("seloste.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        CliRun first = CliRun.of("import-notice", damaged.toString(), "--into", dir.resolve("A").toString());
        CliRun second = CliRun.of("import-notice", huge.toString(), "--into", dir.resolve("B").toString());
        CliRun third = CliRun.of("import-notice", word97.toString(), "--into", dir.resolve("C").toString());

        assertThat(first.exitCode()).isEqualTo(ExitCodes.FILE_FAILED);
        assertThat(first.err()).contains("it is damaged or not the kind of file its name says", "Nothing was written");
        assertThat(second.err()).contains("it is larger than 5 MB");
        assertThat(third.err()).contains("Seloste reads .txt, .html, .pdf and .docx");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".mv.db"));
        }
    }

    @Test
    void everyFieldAndReasonHasItsWordsInEveryLanguage() throws Exception {
        for (String suffix : List.of("", "_fi", "_sv")) {
            Properties texts = Bundles.load("/fi/seloste/cli/messages" + suffix + ".properties");
            for (FactField field : FactField.values()) {
                assertThat(texts).as(suffix + " " + field).containsKey(OldNoticeReport.fieldKey(field));
            }
            for (UnplacedStatement.Reason reason : UnplacedStatement.Reason.values()) {
                assertThat(texts).containsKey("importNotice.unplacedReason." + reason.name());
            }
            for (OutdatedStatement.Reason reason : OutdatedStatement.Reason.values()) {
                assertThat(texts).containsKey("importNotice.outdatedReason." + reason.name());
            }
        }
    }

    @Test
    void theClosingCountsAreInTheRightNumberInEveryLanguage() {
        CliText en = new CliText(Language.EN);
        CliText fi = new CliText(Language.FI);
        CliText sv = new CliText(Language.SV);

        assertThat(en.get("importNotice.done", "x", 1, 1, 1)).contains("1 value placed, 1 sentence not placed, 1 statement out of date");
        assertThat(en.get("importNotice.done", "x", 38, 0, 2)).contains("38 values placed, every sentence placed, 2 statements out of date");
        assertThat(fi.get("importNotice.done", "x", 1, 1, 1)).contains("1 arvo sijoitettu, 1 virke sijoittamatta, 1 vanhentunut lausuma");
        assertThat(fi.get("importNotice.done", "x", 2, 0, 3)).contains("2 arvoa sijoitettu, ei sijoittamattomia virkkeitä, 3 vanhentunutta lausumaa");
        assertThat(sv.get("importNotice.done", "x", 1, 1, 1)).contains("1 värde placerat, 1 mening oplacerad, 1 föråldrat påstående");
        assertThat(sv.get("importNotice.done", "x", 2, 0, 0)).contains("2 värden placerade, alla meningar placerade, inget föråldrat");
        assertThat(en.get("importNotice.outdated", 1)).isEqualTo("Out of date, not copied (1):");
        assertThat(fi.get("importNotice.outdated", 1)).isEqualTo("Vanhentunutta, ei kopioitu (1):");
        assertThat(sv.get("importNotice.outdated", 1)).isEqualTo("Föråldrat, inte kopierat (1):");
    }

    @Test
    void theFieldsAreNamedInTheWizardsWords() {
        CliText fi = new CliText(Language.FI);
        CliText sv = new CliText(Language.SV);

        assertThat(fi.get(OldNoticeReport.fieldKey(FactField.CONTACT_ROLE))).isEqualTo("yhteyshenkilön tehtävä");
        assertThat(fi.get(OldNoticeReport.fieldKey(FactField.PURPOSE))).isEqualTo("käyttötarkoitus");
        assertThat(fi.get(OldNoticeReport.fieldKey(FactField.AUTOMATED_DECISIONS))).isEqualTo("automatisoidut päätökset");
        assertThat(fi.get(OldNoticeReport.fieldKey(FactField.TRANSFERS_OUTSIDE_EEA))).isEqualTo("siirrot EU- ja ETA-alueen ulkopuolelle");
        assertThat(sv.get(OldNoticeReport.fieldKey(FactField.TRANSFERS_OUTSIDE_EEA))).isEqualTo("överföringar utanför EU och EES");
        assertThat(fi.get(OldNoticeReport.fieldKey(FactField.DATA_CATEGORY))).isEqualTo("tallennettavat tiedot");
        assertThat(fi.get("importNotice.unplacedReason.INVALID_BUSINESS_ID")).isEqualTo("Y-tunnuksen tarkistusnumero on väärä");
        assertThat(sv.get("importNotice.unplacedReason.INVALID_BUSINESS_ID")).isEqualTo("kontrollsiffran i FO-numret är fel");
    }

    private static Path seed(String name) {
        return SEEDS.stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst().orElseThrow();
    }
}
