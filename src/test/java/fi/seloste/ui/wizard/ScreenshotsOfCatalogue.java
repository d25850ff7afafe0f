package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import fi.seloste.domain.LocalizedText;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.Settings;
import fi.seloste.settings.SettingsStore;
import fi.seloste.settings.WindowBounds;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.Screenshot;
import fi.seloste.testing.StepPage;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Not part of the normal test run: the systems step as issue 12 changed it, to look at. A web shop's Klarna taken
 * from the catalogue of November (the update to apply or keep), HubSpot with its unconfirmed facts and other roles,
 * Dropbox with its EU region.
 * <pre>xvfb-run -a -s '-screen 0 1280x800x24' ./mvnw test -Dtest=ScreenshotsOfCatalogue \
 *   -Dseloste.screenshots.dir=/tmp/shots -Dtestfx.headless=false -Dglass.platform=gtk \
 *   -Dsurefire.failIfNoSpecifiedTests=false [-Dseloste.screenshots.size=1100x720] [-Dseloste.screenshots.language=en]</pre>
 */
@EnabledIfSystemProperty(named = "seloste.screenshots.dir", matches = ".+")
class ScreenshotsOfCatalogue extends FxRobot {

    @TempDir
    Path root;

    @Test
    void theSystemsStep() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("seloste.screenshots.dir")));
        String size = System.getProperty("seloste.screenshots.size", "1280x800");
        Language language = Language.valueOf(System.getProperty("seloste.screenshots.language", "fi").toUpperCase());
        String[] wh = size.split("x");
        Notice seed = SeedNotices.physiotherapy();
        Register register = seed.registers().get(0);
        List<SystemUse> systems = new ArrayList<>();
        SystemUse klarna = Catalogues.system("klarna").orElseThrow().toSystemUse();
        systems.add(klarna.withTransfers(List.of()).withStorageLocation(LocalizedText.finnish("EU/ETA")).withFactsCheckedOn(java.time.LocalDate.of(2026, 11, 22)));
        systems.add(Catalogues.system("hubspot").orElseThrow().toSystemUse());
        systems.add(Catalogues.system("dropbox").orElseThrow().toSystemUse());
        Path folder = Files.createDirectories(root.resolve("asiakkaat"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, fi.seloste.testing.OwnSections.onlySystems(seed, systems));

        RunningApp app = new RunningApp(root.resolve("app"));
        new SettingsStore(app.configDir()).save(Settings.DEFAULT.withUiLanguage(language)
                .withWindow(new WindowBounds(0, 0, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), false))
                .withRecentFile(file));
        Stage stage = app.start();
        try {
            await("the wizard is shown", () -> showing(this, "#wizard-steps"));
            StepPage.goTo(this, NoticeStep.SYSTEMS);
            await("the update is shown", () -> showing(this, "#system-0-update"));
            StepPage.reveal(this, lookup("#system-0").query());
            sleep(400);
            Screenshot.of(this, stage, out.resolve("catalogue-update-" + language.tag() + "-" + size + ".png"));
            StepPage.reveal(this, lookup("#system-1").query());
            sleep(300);
            Screenshot.of(this, stage, out.resolve("catalogue-hints-" + language.tag() + "-" + size + ".png"));
            StepPage.reveal(this, lookup("#system-2").query());
            sleep(300);
            Screenshot.of(this, stage, out.resolve("catalogue-eu-region-" + language.tag() + "-" + size + ".png"));
            StepPage.click(this, lookup("#system-0-update-apply").query());
            await("applied", () -> !showing(this, "#system-0-update"));
            StepPage.reveal(this, lookup("#system-0").query());
            sleep(400);
            Screenshot.of(this, stage, out.resolve("catalogue-applied-" + language.tag() + "-" + size + ".png"));
        } finally {
            app.stop();
        }
    }

}
