package fi.seloste.ui.clients;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the overview's flow tests read from the window (its table, a label's text, the batch summary's lines) and the
 * export they hold halfway.
 */
final class OverviewLookups {

    private OverviewLookups() {
    }

    @SuppressWarnings("unchecked")
    static TableView<ClientRow> table(FxRobot robot) {
        return robot.lookup("#clients-table").queryAs(TableView.class);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    static List<String> summaryLines(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(robot.lookup("#batch-summary-list").queryAs(ListView.class).getItems());
    }

    /**
     * Clicks Export all and lets it run until Aalto is finished and the other two files (Berg, Carelia) are each held
     * after their first document, until {@code release} counts down; {@code held} must count two.
     */
    static void exportAllHeldAfterAalto(FxRobot robot, ClientBatch batch, CountDownLatch held, CountDownLatch release)
            throws Exception {
        batch.setHook((file, done, total) -> {
            if (!ClientFileName.displayName(file).equals("Aalto") && done == 1 && total > 1) {
                held.countDown();
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let " + file + " go on");
                }
            }
        });
        robot.clickOn("#clients-batch").clickOn("#clients-batch-export-all");
        await("the export asks formats, languages and folder", () -> showing(robot, "#batch-export-do"));
        robot.clickOn("#batch-export-do");
        assertThat(held.await(60, TimeUnit.SECONDS)).as("two files held at their second document").isTrue();
        await("Aalto is finished", () -> "1 of 4 files finished".equals(text(robot, "#batch-count")));
    }

    /** A folder of four client files, Aalto, Berg, Carelia and Rikki, of which Rikki is cut in half (damaged). */
    static Path fourClientFilesOneDamaged(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (String name : List.of("Aalto", "Berg", "Carelia", "Rikki")) {
            ClientFileWriter.write(folder.resolve(name + ClientFileName.EXTENSION), SeedNotices.physiotherapy());
        }
        Path damaged = folder.resolve("Rikki" + ClientFileName.EXTENSION);
        byte[] whole = Files.readAllBytes(damaged);
        Files.write(damaged, Arrays.copyOf(whole, whole.length / 2));
        return folder;
    }
}
