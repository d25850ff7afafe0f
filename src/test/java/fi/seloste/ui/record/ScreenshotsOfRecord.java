package fi.seloste.ui.record;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;


import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Register;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;
import fi.seloste.settings.WindowBounds;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.Screenshot;
import fi.seloste.testing.StepPage;

import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Not part of the normal test run: the record of processing page (issue 11), to look at. The physiotherapist with a
 * second register and part of her record filled in: the top of the page, the responsible person, the agreements,
 * the risk note, and the representative opened.
 * <pre>xvfb-run -a -s '-screen 0 1280x800x24' ./mvnw test -Dtest=ScreenshotsOfRecord \
 *   -Dseloste.screenshots.dir=/tmp/record-shots -Dtestfx.headless=false -Dglass.platform=gtk \
 *   -Dsurefire.failIfNoSpecifiedTests=false [-Dseloste.screenshots.size=1100x720] [-Dseloste.screenshots.language=sv]</pre>
 */
@EnabledIfSystemProperty(named = "seloste.screenshots.dir", matches = ".+")
class ScreenshotsOfRecord extends FxRobot {

    @TempDir
    Path root;

    @Test
    void theRecordPage() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("seloste.screenshots.dir")));
        String size = System.getProperty("seloste.screenshots.size", "1280x800");
        Language language = Language.valueOf(System.getProperty("seloste.screenshots.language", "fi").toUpperCase());
        String[] wh = size.split("x");
        Path file = clientFile();

        RunningApp app = new RunningApp(root.resolve("app"));
        new SettingsStore(app.configDir()).save(Settings.DEFAULT.withUiLanguage(language)
                .withWindow(new WindowBounds(0, 0, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), false))
                .withRecentFile(file));
        Stage stage = app.start();
        String name = "-" + language.tag() + "-" + size + ".png";
        try {
            await("the wizard is shown", () -> showing(this, "#wizard-steps"));
            StepPage.click(this, lookup("#wizard-page-record").query());
            await("the record page is shown", () -> showing(this, "#page-record"));
            sleep(400);
            Screenshot.of(this, stage, out.resolve("record-top" + name));
            for (String part : List.of("record-register-title", "record-locations", "record-agreements", "record-risk-high")) {
                StepPage.reveal(this, lookup("#" + part).query());
                sleep(300);
                Screenshot.of(this, stage, out.resolve(part + name));
            }
            interact(() -> lookup("#record-representative").queryAs(TitledPane.class).setExpanded(true));
            StepPage.reveal(this, lookup("#record-representative").query());
            sleep(300);
            Screenshot.of(this, stage, out.resolve("record-representative" + name));
        } finally {
            app.stop();
        }
    }

    private Path clientFile() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        Register customers = seed.registers().get(0);
        Register newsletter = customers.toBuilder().id(2).name(LocalizedText.finnish("Uutiskirjeen tilaajat")).build();
        Path folder = Files.createDirectories(root.resolve("asiakkaat"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, seed.withRegisters(List.of(customers, newsletter)));
        try (ClientFile client = ClientFiles.open(file)) {
            long id = client.load().registers().get(0).id();
            RegisterRecord part = RegisterRecord.empty(id)
                    .withResponsible(new Person("Veera Westerholm", LocalizedText.finnish("yrittäjä"), "veera.westerholm@flowest.fi", "+35850 4054126",
                            PostalAddress.EMPTY))
                    .withLocations(LocalizedText.finnish("Vellon palvelimet Suomessa; paperiset testauslomakkeet lukitussa kaapissa"))
                    .withAgreement(new ProcessorAgreement(0, Answer.YES, LocalDate.of(2025, 3, 14),
                            LocalizedText.finnish("HubSpotin käyttöehdot (DPA), kopio sähköpostikansiossa")))
                    .withRisk(new RiskNote(Answer.NO, Answer.NOT_ANSWERED, null, LocalizedText.EMPTY));
            client.saveRecord(ProcessingRecord.EMPTY.withPublishedUrl("https://flowest.fi/tietosuoja").with(part));
        }
        return file;
    }

}
