package fi.seloste.ui.help;

import java.util.Objects;

import fi.seloste.domain.NoticeStep;
import fi.seloste.ui.I18n;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The help beside the main window: one step's help page (F1, the step's Help button) or the whole user guide
 * (Help → User guide), offline, in the app's language. One help window per main window; asking again shows the new
 * page in it. Links lead to anchors in the page, or to another step's page.
 */
public final class HelpWindow {

    private static final String KEY = HelpWindow.class.getName();
    private static final double WIDTH = 560;

    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();
    private final Button openGuide = new Button();
    private I18n i18n;

    private HelpWindow(Window owner) {
        stage.initOwner(owner);
        scroll.setId("help-scroll");
        scroll.setFitToWidth(true);
        openGuide.setId("help-open-guide");
        openGuide.setOnAction(e -> showGuide(i18n));
        HBox bar = new HBox(openGuide);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 16, 10, 16));
        BorderPane root = new BorderPane(scroll);
        root.setBottom(bar);
        root.setId("help-window");
        Scene scene = new Scene(root, WIDTH, Math.max(400, Math.min(720, owner.getHeight() - 80)));
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        // Over the preview at the main window's right edge, so the step's fields stay in view while reading.
        stage.setX(Math.max(owner.getX(), owner.getX() + owner.getWidth() - WIDTH - 8));
        stage.setY(owner.getY() + 60);
    }

    /** The help window of this main window, made the first time it is asked for. */
    public static HelpWindow of(Window owner) {
        Objects.requireNonNull(owner, "owner");
        return (HelpWindow) owner.getProperties().computeIfAbsent(KEY, k -> new HelpWindow(owner));
    }

    /** Shows the help page of one step. */
    public void showStep(NoticeStep step, I18n i18n) {
        this.i18n = i18n;
        String title = i18n.text("step." + step.name());
        show(HelpPages.stepPage(step, i18n.language(), i18n.text("help.terms")), i18n.text("help.title", title), true);
    }

    /** Shows the whole user guide: every step and every term, in one page. */
    public void showGuide(I18n i18n) {
        this.i18n = i18n;
        show(HelpPages.guide(i18n.language(), i18n.text("help.terms")), i18n.text("help.guide.title"), false);
    }

    private void show(String markdown, String title, boolean offerGuide) {
        MarkdownView page = new MarkdownView(markdown, this::follow);
        page.setId("help-content");
        scroll.setContent(page);
        scroll.setVvalue(0);
        openGuide.setText(i18n.text("help.openGuide"));
        openGuide.setAccessibleText(i18n.text("help.openGuide"));
        openGuide.setVisible(offerGuide);
        openGuide.setManaged(offerGuide);
        stage.setTitle(title);
        stage.show();
        stage.toFront();
    }

    /** A link: to its anchor in this page, or to the page of the step it names. */
    private void follow(String anchor) {
        MarkdownView page = (MarkdownView) scroll.getContent();
        Node target = page.anchors().get(anchor);
        if (target != null) {
            scrollTo(page, target);
            return;
        }
        for (NoticeStep step : NoticeStep.values()) {
            if (HelpPages.anchorOf(step).equals(anchor)) {
                showStep(step, i18n);
                return;
            }
        }
    }

    private void scrollTo(MarkdownView page, Node target) {
        Platform.runLater(() -> {
            Bounds bounds = page.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            double room = page.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, bounds.getMinY() / room)));
        });
    }
}
