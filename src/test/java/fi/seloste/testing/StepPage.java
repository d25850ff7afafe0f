package fi.seloste.testing;

import fi.seloste.domain.NoticeStep;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard's scrolling step page, as a test drives it. */
public final class StepPage {

    private StepPage() {
    }

    /** Scrolls the step page, as the owner would drag its scroll bar, until the node is wholly in view. */
    public static void reveal(FxRobot robot, Node target) {
        robot.interact(() -> {
            ScrollPane page = robot.lookup("#step-page").queryAs(ScrollPane.class);
            Node content = page.getContent();
            if (content == null || !isInside(target, content)) {
                return;
            }
            page.layout();
            double contentHeight = content.getBoundsInLocal().getHeight();
            double viewport = page.getViewportBounds().getHeight();
            if (contentHeight <= viewport) {
                return;
            }
            Bounds b = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            // Where the page is scrolled to, from its scroll value: the viewport bounds' minY is only brought up to
            // date when the scroll pane lays out again, so after a scroll without a layout it still says 0.
            double range = page.getVmax() - page.getVmin();
            double top = range <= 0 ? 0 : (page.getVvalue() - page.getVmin()) / range * (contentHeight - viewport);
            if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
                return;
            }
            double wanted = Math.max(0, Math.min(b.getMinY() - 40, contentHeight - viewport));
            page.setVvalue(page.getVmin() + wanted / (contentHeight - viewport) * (page.getVmax() - page.getVmin()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A click in the middle of the node with the glass robot, as the owner's mouse, scrolled into view first. */
    public static void click(FxRobot robot, Node target) {
        reveal(robot, target);
        Point2D middle = robot.point(target).query();
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.move(middle);
        mouse.press(MouseButton.PRIMARY);
        mouse.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the step in the wizard's list of steps and waits until it is shown. */
    public static void goTo(FxRobot robot, NoticeStep step) throws Exception {
        // The list scrolls when a banner (say, the rename offer) takes height: the owner scrolls to the step first.
        robot.interact(() -> robot.lookup("#wizard-steps").queryAs(javafx.scene.control.ListView.class).scrollTo(step.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
        click(robot, robot.lookup("#wizard-step-" + step.name()).query());
        RunningApp.await("the wizard shows " + step, () -> RunningApp.showing(robot, "#step-" + step.name()));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
