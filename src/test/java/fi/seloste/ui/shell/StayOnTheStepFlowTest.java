package fi.seloste.ui.shell;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.print.Pageable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.NoticeStep;
import fi.seloste.export.Printer;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.settings.Settings;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.Bundles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;
import fi.seloste.ui.wizard.WizardView;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The owner is half-way down a step when she exports, prints, fails to open a file or switches the UI language:
 * she is still on that step, scrolled as she was. A step she moves to opens at its top, and the preview shows the
 * part of the notice that step writes.
 */
class StayOnTheStepFlowTest extends FxRobot {

    @TempDir
    Path root;

    private RunningApp app;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void exportPrintAndAFailedOpenLeaveTheOwnerWhereSheWas() throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path notAClientFile = folder.resolve("lasku" + ClientFileName.EXTENSION);
        Files.writeString(notAClientFile, "not a database");
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, finnishOnly(SeedNotices.physiotherapy()));
        app = new RunningApp(root.resolve("app"));
        app.startWith(Settings.DEFAULT.withUiLanguage(Language.EN).withRecentFile(notAClientFile).withRecentFile(file),
                new OfficePrinter());
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
        WizardView wizard = lookup("#wizard").queryAs(WizardView.class);

        StepPage.goTo(this, NoticeStep.PURPOSES);
        scrollTo(0.7);

        clickOn("#menu-file").clickOn("#menu-file-export");
        await("the export dialog is shown", () -> showing(this, "#export-do"));
        clickOn("#export-do");
        await("the export is reported", () -> problemText().contains("saved in"));
        assertStillOn(NoticeStep.PURPOSES, 0.7, wizard);

        clickOn("#menu-file").clickOn("#menu-file-print");
        await("the print is reported", () -> problemText().contains("Office"));
        assertStillOn(NoticeStep.PURPOSES, 0.7, wizard);

        clickOn("#menu-file").clickOn("#menu-file-recent");
        await("the recent files are listed", () -> showing(this, "#menu-file-recent-1"));
        // Across to the submenu first, then down: straight there the mouse would cross the file menu and close it.
        clickOn(lookup("#menu-file-recent-1").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).findFirst().orElseThrow(),
                Motion.HORIZONTAL_FIRST);
        await("the failed open is reported", () -> problemText().contains("lasku"));
        assertStillOn(NoticeStep.PURPOSES, 0.7, wizard);
    }

    @Test
    void aLanguageSwitchKeepsTheStepAndItsScroll() throws Exception {
        start(SeedNotices.physiotherapy());
        StepPage.goTo(this, NoticeStep.DATA);
        scrollTo(0.5);

        clickOn("#menu-settings").clickOn("#menu-settings-language").clickOn("#menu-settings-language-fi");
        await("the window is in Finnish", () -> lookup("#step-title").queryAs(Label.class).getText()
                .equals("Rekisteröidyt ja tiedot"));
        assertThat(selectedStep()).isEqualTo(NoticeStep.DATA);
        assertThat(showing(this, "#step-DATA")).isTrue();
        await("scrolled as before", () -> Math.abs(stepPage().getVvalue() - 0.5) < 0.02);
    }

    @Test
    void aStepOpensAtItsTopAndThePreviewShowsTheSectionItWrites() throws Exception {
        Properties wording = Bundles.load("/fi/seloste/export/notice_fi.properties");
        start(SeedNotices.physiotherapy());
        StepPage.goTo(this, NoticeStep.PURPOSES);
        await("the preview shows the purposes", () -> headingInView(wording.getProperty("section.purposes")));
        scrollTo(1.0);

        clickOn("#wizard-next");
        await("the wizard shows People and data", () -> showing(this, "#step-DATA"));
        assertThat(stepPage().getVvalue()).as("the step opens at its top").isEqualTo(0.0);
        await("the preview shows the data", () -> headingInView(wording.getProperty("section.data")));

        StepPage.goTo(this, NoticeStep.RETENTION);
        assertThat(stepPage().getVvalue()).isEqualTo(0.0);
        await("the preview shows the retention", () -> headingInView(wording.getProperty("section.retention")));
        assertThat(headingInView(wording.getProperty("section.controller"))).as("scrolled away from the top").isFalse();

        StepPage.goTo(this, NoticeStep.SYSTEMS);
        await("the preview shows the business's systems, said once before the registers",
                () -> headingInView(wording.getProperty("section.systems")));

        StepPage.goTo(this, NoticeStep.CONTROLLER);
        await("back at the controller", () -> headingInView(wording.getProperty("section.controller")));
    }

    private void start(Notice notice) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    /** The notice in Finnish only, so that printing asks no language. */
    private static Notice finnishOnly(Notice notice) {
        NoticeSettings s = notice.settings();
        NoticeSettings finnish = new NoticeSettings(Set.of(Language.FI), s.nextReview(), s.introduction(),
                s.rightsInstructions(), s.drawnUp(), s.lastUpdated());
        return notice.withSettings(finnish);
    }

    /** Drags the step page's scroll bar to this place, as StepPage does to reveal a field. */
    private void scrollTo(double vvalue) {
        interact(() -> {
            stepPage().layout();
            stepPage().setVvalue(vvalue);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepPage().getContent().getBoundsInLocal().getHeight())
                .as("the step is longer than the window, so the scroll matters")
                .isGreaterThan(stepPage().getViewportBounds().getHeight() * 1.3);
    }

    private void assertStillOn(NoticeStep step, double vvalue, WizardView wizard) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#wizard").queryAs(WizardView.class)).as("the same wizard, not a new one").isSameAs(wizard);
        assertThat(selectedStep()).isEqualTo(step);
        assertThat(showing(this, "#step-" + step.name())).isTrue();
        assertThat(stepPage().getVvalue()).as("scrolled as before").isCloseTo(vvalue, within(0.01));
    }

    @SuppressWarnings("unchecked")
    private NoticeStep selectedStep() {
        return ((ListView<NoticeStep>) lookup("#wizard-steps").query()).getSelectionModel().getSelectedItem();
    }

    private ScrollPane stepPage() {
        return lookup("#step-page").queryAs(ScrollPane.class);
    }

    private String problemText() {
        return lookup("#problem-text").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Whether a heading of the preview with this title is within the part of the preview on screen. */
    private boolean headingInView(String title) {
        ScrollPane preview = lookup("#preview-scroll").queryAs(ScrollPane.class);
        Bounds viewport = preview.localToScene(preview.getLayoutBounds());
        return lookup((Node n) -> n instanceof Label l && title.equals(l.getText())
                && (l.getStyleClass().contains("preview-h1") || l.getStyleClass().contains("preview-h2")))
                .queryAll().stream().anyMatch(heading -> {
                    Bounds b = heading.localToScene(heading.getLayoutBounds());
                    return b.getMinY() >= viewport.getMinY() && b.getMaxY() <= viewport.getMaxY();
                });
    }

    /** A printer that is installed and prints whatever it is given on "Office". */
    private static final class OfficePrinter implements Printer {
        @Override
        public boolean installed() {
            return true;
        }

        @Override
        public Optional<String> print(Pageable pages, String jobName) {
            return Optional.of("Office");
        }
    }
}
