package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import atlantafx.base.theme.Styles;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.TextLimit;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.Keyboard;
import fi.seloste.testing.LimitNotices;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's fields take the limits of docs/decisions/0016 like a user meets them (the UI in Finnish): a quiet
 * counter as a field nears its limit, and past it, pasted or typed, the text stays whole on the screen and in the
 * client file, the field is red with a message under it (docs/decisions/0007), and the review lists it as an error.
 */
class TextLimitsInTheWizardTest extends FxRobot {

    @TempDir
    Path root;

    private RunningApp app;
    private Path file;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aNameNearItsLimitShowsACounterAndPastItStaysWholeAndIsMarkedTooLong() throws Exception {
        open(SeedNotices.physiotherapy());
        TextInputControl name = lookup("#controller-name").query();
        Label message = lookup("#controller-name-length").queryAs(Label.class);
        String accessible = name.getAccessibleText();

        paste("#controller-name", "Flowest ".repeat(30).substring(0, 239));
        assertThat(message.isVisible()).as("no counter far from the limit").isFalse();
        type("#controller-name", "y");
        assertThat(message.isVisible()).as("a counter near the limit").isTrue();
        assertThat(message.getText()).isEqualTo("240 / 300 merkkiä");
        assertThat(isRed(name)).isFalse();

        String pasted = "Fysioterapia Flowest " + "x".repeat(329);
        paste("#controller-name", pasted);
        type("#controller-name", "!");

        assertThat(name.getText()).as("nothing cut").isEqualTo(pasted + "!");
        assertThat(isRed(name)).as("the field is marked").isTrue();
        assertThat(message.getText())
                .isEqualTo("Liian pitkä: 351 / 300 merkkiä. Lyhennä tekstiä 51 merkillä; siihen asti seloste on keskeneräinen.");
        assertThat(message.getStyleClass()).contains(Styles.DANGER);
        assertThat(name.getAccessibleText()).as("the field keeps its accessible text").isEqualTo(accessible);

        goTo(NoticeStep.REVIEW);
        await("the review lists the name as too long", () -> lookup("#review-findings .label").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().startsWith("Tämän vaiheen teksti on 351 merkkiä pitkä, mutta"
                        + " sen enimmäispituus on 300 merkkiä. Teksti alkaa ”Fysioterapia Flowest xxxxxxxxxxxxxxxxxxx…”")));
        goTo(NoticeStep.CONTROLLER);
        paste("#controller-name", "Flowest");
        assertThat(isRed(lookup("#controller-name").query())).as("shortened, no longer marked").isFalse();
        assertThat(lookup("#controller-name-length").queryAs(Label.class).isVisible()).isFalse();
        paste("#controller-name", pasted);
        awaitSaved();
        app.stop();
        app = null;

        try (ClientFile clientFile = ClientFiles.open(file)) {
            assertThat(clientFile.load().controller().name()).as("saved whole").isEqualTo(pasted);
        }
    }

    @Test
    void aDescriptionPastedOverItsLimitIsKeptAndMarkedAndASignerTooLongCannotSign() throws Exception {
        open(SeedNotices.physiotherapy());
        goTo(NoticeStep.REGISTERS);
        TextInputControl description = lookup("#register-0-description").query();

        paste("#register-0-description", LimitNotices.prose(8_000));
        Label message = lookup("#register-0-description-length").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("8\u00a0000 / 10\u00a0000 merkkiä");
        assertThat(isRed(description)).isFalse();

        String tooLong = LimitNotices.prose(TextLimit.TEXT.max() + 250);
        paste("#register-0-description", tooLong);

        assertThat(description.getText()).as("nothing cut").isEqualTo(tooLong);
        assertThat(isRed(description)).isTrue();
        assertThat(message.getText()).startsWith("Liian pitkä: 10\u00a0250 / 10\u00a0000 merkkiä. Lyhennä tekstiä 250 merkillä");

        goTo(NoticeStep.REVIEW);
        Button signOff = lookup("#review-sign-off").queryButton();
        assertThat(signOff.isDisabled()).as("a signer is given").isFalse();
        paste("#review-signer", "Veera Westerholm " + "x".repeat(300));
        assertThat(isRed(lookup("#review-signer").query())).isTrue();
        assertThat(signOff.isDisabled()).as("a signer longer than a sign-off holds cannot sign").isTrue();
        paste("#review-signer", "Veera Westerholm");
        assertThat(signOff.isDisabled()).isFalse();
    }

    // ----- the owner's hands -----

    private void open(Notice notice) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.FI);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    private static boolean isRed(Node field) {
        return field.getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    private void goTo(NoticeStep step) throws Exception {
        click(lookup("#wizard-step-" + step.name()).query());
        await("the wizard shows " + step, () -> showing(this, "#step-" + step.name()));
    }

    /** As the owner pastes a text copied from elsewhere: the clipboard is filled, then Ctrl+A and Ctrl+V. */
    private void paste(String query, String value) {
        TextInputControl field = lookup(query).query();
        click(field);
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, value)));
        push(KeyCode.SHORTCUT, KeyCode.A);
        push(KeyCode.SHORTCUT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).as("pasted into " + query).isEqualTo(value);
    }

    /** Types at the end of the field's text. */
    private void type(String query, String value) {
        TextInputControl field = lookup(query).query();
        click(field);
        push(KeyCode.END);
        Keyboard.type(this, field, value);
    }

    private void click(Node target) {
        StepPage.reveal(this, target);
        Point2D middle = point(target).query();
        MouseRobot mouse = robotContext().getMouseRobot();
        mouse.move(middle);
        mouse.press(MouseButton.PRIMARY);
        mouse.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitSaved() throws Exception {
        await("the edits are saved", () -> "Kaikki muutokset tallennettu".equals(
                lookup("#status-saved").queryAs(Label.class).getText()));
    }
}
