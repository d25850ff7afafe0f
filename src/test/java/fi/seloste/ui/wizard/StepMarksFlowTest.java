package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Finding;
import fi.seloste.domain.check.Severity;
import fi.seloste.testing.Keyboard;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A brand-new client file at the first start: no step is ticked before the owner has answered anything in it, the
 * Review step carries the errors still to fix, and the line above the steps counts them. A malformed email address
 * marks its step as an error, as the review lists it.
 */
class StepMarksFlowTest extends FxRobot {

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
    void aNewFileHasNeutralMarksAndReviewShowsTheWorst() throws Exception {
        app = new RunningApp(root);
        app.start();
        await("the window is shown", () -> showing(this, "#main-view"));
        // The first start creates the file and migrates it, and this may be the first JVM to load the app: slow.
        for (int tries = 3; tries > 0 && !showing(this, "#controller-name"); tries--) {
            try {
                await("the new file is open", () -> showing(this, "#controller-name"));
            } catch (AssertionError slow) {
                if (tries == 1) {
                    throw slow;
                }
            }
        }
        await("the marks are drawn", () -> mark(NoticeStep.REVIEW) != null);

        for (NoticeStep step : NoticeStep.values()) {
            if (step != NoticeStep.REVIEW) {
                assertThat(mark(step).getStyleClass()).as(step.name()).contains("step-mark-notStarted");
                assertThat(mark(step).getAccessibleText()).as(step.name()).isEqualTo("not started");
            }
        }
        assertThat(mark(NoticeStep.REVIEW).getStyleClass()).contains("step-mark-error");
        assertThat(progress()).isEqualTo("0 of 13 steps complete" + counts());

        type("#controller-name", "Liikkuva Oy");
        type("#controller-business-id", "1234567-1");
        type("#controller-email", "info@liikkuva");
        await("the controller's step is marked as an error", () -> mark(NoticeStep.CONTROLLER).getStyleClass()
                .contains("step-mark-error"));
        assertThat(findings()).anyMatch(f -> f.step() == NoticeStep.CONTROLLER && f.severity() == Severity.ERROR
                && f.message(fi.seloste.domain.Language.EN).contains("info@liikkuva"));

        type("#controller-email", ".fi");
        assertThat(((TextInputControl) lookup("#controller-email").query()).getText()).as("the address as typed")
                .isEqualTo("info@liikkuva.fi");
        try {
            await("with a whole address, the step is done", () -> mark(NoticeStep.CONTROLLER).getStyleClass()
                    .contains("step-mark-done"));
        } catch (AssertionError notDone) {
            throw new AssertionError(notDone.getMessage() + "; the controller's findings: " + findings().stream()
                    .filter(f -> f.step() == NoticeStep.CONTROLLER).map(f -> f.rule() + " " + f.message(fi.seloste.domain.Language.EN)).toList()
                    + "; mark " + mark(NoticeStep.CONTROLLER).getStyleClass(), notDone);
        }
        await("and counted", () -> progress().equals("1 of 13 steps complete" + counts()));
        assertThat(mark(NoticeStep.CONTACT).getStyleClass()).as("still untouched").contains("step-mark-notStarted");
        assertThat(mark(NoticeStep.REVIEW).getStyleClass()).as("the contact person is still missing")
                .contains("step-mark-error");

        StepPage.goTo(this, NoticeStep.REVIEW);
        assertThat(lookup((Node n) -> n instanceof Hyperlink h && h.getText().equals("Go to: Review")).tryQuery())
                .as("a finding about the Review step itself has no link to the page the owner is on").isEmpty();
        assertThat(lookup((Node n) -> n instanceof Hyperlink h && h.getText().equals("Go to: Contact person")).tryQuery())
                .isPresent();
    }

    private Label mark(NoticeStep step) {
        return lookup("#wizard-step-" + step.name()).tryQuery()
                .map(cell -> ((ListCell<?>) cell).getGraphic() instanceof Label l ? l : null).orElse(null);
    }

    private String progress() {
        return lookup("#wizard-progress").queryAs(Label.class).getText();
    }

    private List<Finding> findings() {
        WizardView wizard = lookup("#wizard").queryAs(WizardView.class);
        return WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> new CompletenessCheck().check(wizard.editor().current(), LocalDate.now()));
    }

    /** ", 3 errors, 1 warning", as many as the completeness check finds now. */
    private String counts() {
        long errors = findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        return (errors == 0 ? "" : errors == 1 ? ", 1 error" : ", " + errors + " errors")
                + (warnings == 0 ? "" : warnings == 1 ? ", 1 warning" : ", " + warnings + " warnings");
    }

    /**
     * Clicks into the field until it has the focus (a banner shown at that moment, such as the rename offer after the
     * business name, can move it under the pointer) and types at its end, as the owner would.
     */
    private void type(String query, String value) throws Exception {
        TextInputControl field = lookup(query).query();
        String before = field.getText();
        for (int tries = 3; tries > 0; tries--) {
            StepPage.click(this, field);
            WaitForAsyncUtils.waitForFxEvents();
            if (field.isFocused()) {
                break;
            }
        }
        assertThat(field.isFocused()).as(query + " has the focus").isTrue();
        interact(() -> field.positionCaret(field.getLength()));
        Keyboard.type(this, field, value);
        assertThat(field.getText()).as("typed into " + query).isEqualTo(before + value);
    }
}
