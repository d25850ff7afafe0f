package fi.seloste.ui.help;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.Bundles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The owner asks for help as a user would: F1 on a step, the step's Help button, a term's link, Help → User guide,
 * and Help → About with the version the build wrote in.
 */
class HelpFlowTest extends FxRobot {

    @TempDir
    Path root;

    private RunningApp app;

    private void open(Language uiLanguage) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Helped" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, SeedNotices.physiotherapy());
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, uiLanguage);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void f1OnAStepOpensItsHelpWithTheTermsItUses() throws Exception {
        open(Language.EN);
        goTo(NoticeStep.PURPOSES);
        push(KeyCode.F1);
        await("the help of the purposes step is shown", () -> showing(this, "#help-anchor-step-purposes"));
        assertThat(helpTitle()).isEqualTo("Help: Purposes and legal basis");
        assertThat(lookup("#help-anchor-step-recipients").tryQuery()).as("only this step's page").isEmpty();
        assertThat(lookup("#help-anchor-term-legal-basis").tryQuery()).as("the term it links to, explained below").isPresent();
        assertThat(lookup("#help-anchor-term-transfer").tryQuery()).as("a term it does not use").isEmpty();
    }

    @Test
    void fromAStepsHelpTheWholeGuideOpensAndATermsLinkScrollsToItsExplanation() throws Exception {
        open(Language.EN);
        goTo(NoticeStep.PURPOSES);
        push(KeyCode.F1);
        await("the help of the purposes step is shown", () -> showing(this, "#help-anchor-step-purposes"));
        click(lookup("#help-open-guide").query());
        await("the guide is shown", () -> showing(this, "#help-anchor-step-controller"));
        assertThat(helpTitle()).isEqualTo("Seloste user guide");

        ScrollPane scroll = lookup("#help-scroll").queryAs(ScrollPane.class);
        Node term = lookup("#help-anchor-term-legal-basis").query();
        assertThat(inView(scroll, term)).as("far below at first").isFalse();
        Node link = lookup("#help-link-term-legal-basis").query();
        // Brought into view as the scroll bar would (the glass robot's wheel does not reach a Monocle window).
        interact(() -> reveal(scroll, link));
        await("the link is in view", () -> inView(scroll, link));
        assertThat(inView(scroll, term)).as("the term is still far below").isFalse();
        assertThat(inView(scroll, term)).as("the term is still far below").isFalse();
        click(link);
        await("the page scrolls to the term", () -> inView(scroll, term));
    }

    @Test
    void theHelpButtonOfAStepOpensThatStepsHelpInTheAppLanguage() throws Exception {
        open(Language.FI);
        goTo(NoticeStep.RECIPIENTS);
        Node button = lookup("#step-help").query();
        assertThat(button.getAccessibleText()).isEqualTo(Bundles.load("/fi/seloste/ui/i18n/messages_fi.properties")
                .getProperty("wizard.help.accessible"));
        click(button);
        await("the help of the recipients step is shown", () -> showing(this, "#help-anchor-step-recipients"));
        assertThat(helpTitle()).isEqualTo("Ohje: Luovutukset ja siirrot");
        assertThat(lookup("#help-anchor-term-recipient").tryQuery()).isPresent();

        push(KeyCode.ESCAPE);
        await("Escape closes the help", () -> !showing(this, "#help-window"));
        goTo(NoticeStep.DATA);
        click(lookup("#step-help").query());
        await("the same help window now shows the data step", () -> showing(this, "#help-anchor-step-data"));
        assertThat(lookup("#help-anchor-step-recipients").tryQuery()).isEmpty();
        assertThat(lookup("#help-window").queryAll()).as("one help window").hasSize(1);
    }

    @Test
    void helpUserGuideShowsEveryStepAndEveryTermInOnePage() throws Exception {
        open(Language.SV);
        clickOn("#menu-help").clickOn("#menu-help-guide");
        await("the guide is shown", () -> showing(this, "#help-anchor-step-controller"));
        assertThat(helpTitle()).isEqualTo("Selostes bruksanvisning");
        for (NoticeStep step : NoticeStep.values()) {
            assertThat(lookup("#help-anchor-" + HelpPages.anchorOf(step)).tryQuery()).as(step.name()).isPresent();
        }
        for (String term : HelpPages.glossary(Language.SV).keySet()) {
            assertThat(lookup("#help-anchor-" + term).tryQuery()).as(term).isPresent();
        }
        assertThat(showing(this, "#help-open-guide")).as("no button to open what is open").isFalse();
    }

    @Test
    void aboutShowsTheVersionTheBuildWroteIn() throws Exception {
        open(Language.EN);
        clickOn("#menu-help").clickOn("#menu-help-about");
        await("About is shown", () -> showing(this, "#about-dialog"));
        DialogPane about = lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("Seloste " + versionInPom())
                .doesNotContain(Bundles.load("/fi/seloste/ui/i18n/messages.properties").getProperty("about.development"));
        click(about.lookupButton(ButtonType.OK));
        await("About is closed", () -> !showing(this, "#about-dialog"));
    }

    private static String versionInPom() throws Exception {
        Matcher m = Pattern.compile("<artifactId>seloste</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("the project's version in pom.xml").isTrue();
        return m.group(1);
    }

    private String helpTitle() {
        Node help = lookup("#help-window").query();
        return ((Stage) help.getScene().getWindow()).getTitle();
    }

    private static boolean inView(ScrollPane scroll, Node target) {
        Bounds viewport = scroll.localToScreen(scroll.getLayoutBounds());
        Bounds node = target.localToScreen(target.getLayoutBounds());
        return node != null && viewport != null && node.getMinY() >= viewport.getMinY() && node.getMaxY() <= viewport.getMaxY();
    }

    private static void reveal(ScrollPane scroll, Node target) {
        Bounds content = scroll.getContent().getLayoutBounds();
        Bounds node = scroll.getContent().sceneToLocal(target.localToScene(target.getLayoutBounds()));
        double room = content.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.max(0, Math.min(1, node.getMinY() / room)));
    }

    private void goTo(NoticeStep step) throws Exception {
        click(lookup("#wizard-step-" + step.name()).query());
        await("the wizard shows " + step, () -> showing(this, "#step-" + step.name()));
    }

    private void click(Node target) {
        Point2D middle = point(target).query();
        MouseRobot mouse = robotContext().getMouseRobot();
        mouse.move(middle);
        mouse.press(MouseButton.PRIMARY);
        mouse.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
