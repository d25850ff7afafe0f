package fi.seloste.ui.clients;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.samples.TemplateNotices;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.ClientFoldersStore;
import fi.seloste.settings.Settings;
import fi.seloste.settings.WindowBounds;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.Screenshot;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Not part of the normal test run: the client overview of an accountant's folder, in Finnish and English, to look at
 * (docs/screenshots/clients-*.png).
 * <pre>./mvnw test -Dtest=ScreenshotsOfClientOverview -Dseloste.screenshots.dir=docs/screenshots \
 *   -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "seloste.screenshots.dir", matches = ".+")
class ScreenshotsOfClientOverview extends FxRobot {

    @TempDir
    Path root;

    @Test
    void anAccountantsFolder() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("seloste.screenshots.dir")));
        Path folder = Files.createDirectories(root.resolve("Asiakkaat"));
        LocalDate today = LocalDate.now();
        write(folder, "Fysioterapia Westerholm", SeedNotices.physiotherapy(), today.minusDays(20), true, false);
        List<Notice> samples = List.copyOf(TemplateNotices.all().values());
        write(folder, "Remonttipalvelu Esimerkki", samples.get(0), today.plusDays(14), true, true);
        write(folder, "Kampaamo Kiharainen", samples.get(1), today.plusDays(160), true, false);
        write(folder, "Verkkokauppa Pikkupuoti", samples.get(2), today.plusDays(300), false, false);
        write(folder, "Tilitoimisto Malli", samples.get(3), null, false, false);
        Path damaged = write(folder, "Kahvila Kopio", samples.get(4), today.plusDays(90), false, false);
        byte[] whole = Files.readAllBytes(damaged);
        Files.write(damaged, Arrays.copyOf(whole, whole.length / 2));

        // The overview opens at its own size; the size asked for is the main window's and names the files.
        String size = System.getProperty("seloste.screenshots.size", "1280x800");
        String suffix = size.equals("1280x800") ? "" : "-" + size;
        String[] wh = size.split("x");
        for (Language language : List.of(Language.FI, Language.EN)) {
            RunningApp app = new RunningApp(root.resolve("app-" + language.tag()));
            new ClientFoldersStore(app.configDir(), app.documentsDir()).save(List.of(folder));
            app.startWith(Settings.DEFAULT.withUiLanguage(language).withWindow(new WindowBounds(0, 0, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), false)), null);
            try {
                await("the reminder", () -> showing(this, "#review-reminder"));
                push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
                await("the overview", () -> showing(this, "#clients-table")
                        && lookup("#clients-table").queryAs(TableView.class).getItems().size() == 6);
                Thread.sleep(500);
                Stage overview = (Stage) lookup("#client-overview").query().getScene().getWindow();
                Screenshot.of(this, overview, out.resolve("clients-" + language.tag() + suffix + ".png"));
                clickOn("#clients-batch").clickOn("#clients-batch-validate-all");
                await("the check's summary", () -> showing(this, "#batch-summary-counts"));
                Thread.sleep(300);
                Screenshot.of(this, overview, out.resolve("clients-check-" + language.tag() + suffix + ".png"));
                clickOn("#batch-summary-close");
                clickOn(lookup(".table-row-cell").nth(0).<javafx.scene.Node>query());
                clickOn("#clients-batch").clickOn("#clients-batch-print");
                await("the print dialog", () -> showing(this, "#batch-print-do"));
                Screenshot.of(this, (Stage) lookup("#batch-print-dialog").query().getScene().getWindow(),
                        out.resolve("clients-print-" + language.tag() + suffix + ".png"));
                clickOn("#batch-print-cancel");
            } finally {
                app.stop();
            }
        }
    }

    private static Path write(Path folder, String name, Notice notice, LocalDate review, boolean signed, boolean changed)
            throws Exception {
        NoticeSettings s = notice.settings();
        // The client named as its file, as an accountant names them (the templates are other businesses').
        Notice reviewed = notice.withController(notice.controller().withName(name)).withSettings(
                new NoticeSettings(Set.copyOf(s.languages()), review, s.introduction(), s.rightsInstructions()));
        Path file = folder.resolve(name + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, reviewed);
        if (signed) {
            try (ClientFile c = ClientFiles.open(file)) {
                c.signOff("Tilitoimisto Malli Oy", LocalizedText.finnish("kirjanpitäjä"), Instant.now().minusSeconds(86_400 * 200L));
                if (changed) {
                    c.saveController(reviewed.controller().withPhone("+358 40 765 4321"));
                }
            }
        }
        return file;
    }
}
