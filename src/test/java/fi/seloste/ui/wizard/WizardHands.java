package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.Keyboard;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The owner's hands on the wizard for the catalogue and undo tests: open a file, go to a step, click, type, keys. */
final class WizardHands {

    private final FxRobot robot;
    private RunningApp app;

    WizardHands(FxRobot robot) {
        this.robot = robot;
    }

    void open(Path root, Notice notice) throws Exception {
        open(root, notice, written -> List.of());
    }

    /** As above, with marks from an old notice made for the notice as the file holds it (its register ids); the file. */
    Path open(Path root, Notice notice, Function<Notice, List<FromOldNotice>> marks) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Hands" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice);
        try (ClientFile written = ClientFiles.open(file)) {
            written.addMarks(marks.apply(written.load()));
        }
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(robot, "#wizard-steps"));
        return file;
    }

    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    void goTo(NoticeStep step) throws Exception {
        StepPage.goTo(robot, step);
    }

    void click(String query) {
        StepPage.click(robot, robot.lookup(query).query());
    }

    void click(Node node) {
        StepPage.click(robot, node);
    }

    /** Clicks into the field and types, as a quick typist. */
    void type(String query, String text) {
        TextInputControl field = robot.lookup(query).query();
        click(field);
        Keyboard.type(robot, field, text);
    }

    void hit(KeyCode code) {
        Keyboard.hit(robot, wizard(), code);
    }

    /** A key pressed with Shift or Ctrl (Cmd on a Mac) held, in the control that has the focus. */
    void hit(KeyCode code, boolean shift, boolean shortcut) {
        robot.interact(() -> {
            Node target = wizard().getScene().getFocusOwner();
            if (target == null) {
                throw new IllegalStateException("nothing has the focus for " + code);
            }
            boolean mac = System.getProperty("os.name", "").toLowerCase().contains("mac");
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, shortcut && !mac, false, shortcut && mac));
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, shortcut && !mac, false, shortcut && mac));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void ctrlZ() {
        hit(KeyCode.Z, false, true);
    }

    String text(String query) {
        Node n = robot.lookup(query).query();
        return n instanceof TextInputControl t ? t.getText() : ((Labeled) n).getText();
    }

    /** The id of the control that has the focus, or null. */
    String focused() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Node owner = wizard().getScene().getFocusOwner();
            return owner == null ? null : owner.getId();
        });
    }

    /** Whether the node is wholly within the visible part of the step page. */
    boolean inView(String query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            ScrollPane page = robot.lookup("#step-page").queryAs(ScrollPane.class);
            Node node = robot.lookup(query).query();
            Bounds viewport = page.localToScene(page.getLayoutBounds());
            Bounds b = node.localToScene(node.getLayoutBounds());
            return b.getMinY() >= viewport.getMinY() - 1 && b.getMinY() + 40 <= viewport.getMaxY();
        });
    }

    Register register() {
        WizardView wizard = wizard();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().selectedRegister().orElseThrow());
    }

    /** The business's systems, shared by its registers. */
    java.util.List<fi.seloste.domain.SystemUse> systems() {
        WizardView wizard = wizard();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().current().systems());
    }

    WizardView wizard() {
        return robot.lookup("#wizard").queryAs(WizardView.class);
    }
}
