package fi.seloste.ui.clients;

import java.util.List;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the overview's flow tests read from the window: its table, a label's text, the batch summary's lines. */
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
}
