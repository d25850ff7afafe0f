package fi.seloste.ui.wizard;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the page a node is on just enough to show the node's top, as a newly added card should be seen. */
final class ScrollIntoView {

    private static final double MARGIN = 24;

    private ScrollIntoView() {
    }

    static void reveal(Node target) {
        ScrollPane page = scrollPaneOf(target);
        if (page == null || page.getContent() == null) {
            return;
        }
        Node content = page.getContent();
        page.applyCss();
        page.layout();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = page.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double top = page.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return;
        }
        double wanted = Math.max(0, Math.min(b.getMinY() - MARGIN, contentHeight - viewport));
        page.setVvalue(wanted / (contentHeight - viewport));
    }

    private static ScrollPane scrollPaneOf(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }
}
