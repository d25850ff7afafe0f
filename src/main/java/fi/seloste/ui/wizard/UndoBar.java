package fi.seloste.ui.wizard;

import java.util.function.Consumer;
import java.util.function.Supplier;

import fi.seloste.domain.NoticeStep;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;
import fi.seloste.ui.wizard.Removals.Removal;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * "Removed 'X'. Undo" above the step page, outside its scrolling so it is seen wherever the owner was, while the
 * newest removal was made on the step shown. Ctrl+Z anywhere in the wizard undoes it too, unless the focus is in a
 * field with typing of its own to undo first.
 */
final class UndoBar extends StackPane {

    private static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final Removals removals;
    private final Supplier<NoticeStep> shownStep;
    private final Consumer<Removal> undone;
    private final Label message = new Label();
    private final Button undo;

    /** The bar for the removals; shownStep is the step on the page (null for other pages), undone what follows an undo. */
    UndoBar(Removals removals, I18n i18n, Supplier<NoticeStep> shownStep, Consumer<Removal> undone) {
        this.removals = removals;
        this.shownStep = shownStep;
        this.undone = undone;
        undo = Controls.button("undo-bar-undo", i18n.text("undo.button"));
        undo.setOnAction(e -> undo());
        message.setId("undo-bar-message");
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(12, message, undo);
        bar.setId("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("undo-bar");
        getChildren().add(bar);
        setPadding(new Insets(0, 32, 8, 32));
        removals.onChange(this::refresh);
        refresh();
    }

    /** Shows or hides the bar for the step now shown. */
    void refresh() {
        Removal last = removals.last().orElse(null);
        boolean shown = last != null && last.step() == shownStep.get();
        if (last != null) {
            message.setText(last.message());
            undo.setAccessibleHelp(last.message());
        }
        setVisible(shown);
        setManaged(shown);
    }

    /**
     * Gives the Undo button in the scene the focus, so that the owner (and her screen reader) is told what went and
     * can undo it.
     */
    static void focusUndo(javafx.scene.Scene scene) {
        Node bar = scene == null ? null : scene.lookup("#undo-bar");
        if (bar != null && bar.getParent() instanceof UndoBar undoBar) {
            undoBar.focusUndo();
        }
    }

    /** Gives the Undo button the focus while the bar is shown; whether it was. */
    boolean focusUndo() {
        if (isVisible()) {
            undo.requestFocus();
            return true;
        }
        return false;
    }

    /** Lets Ctrl+Z (Cmd+Z) pressed anywhere inside the node undo the newest removal. */
    void listenForShortcut(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean fieldHasItsOwn = e.getTarget() instanceof TextInputControl field && field.isUndoable();
            if (SHORTCUT.match(e) && !fieldHasItsOwn && !removals.isEmpty()) {
                e.consume();
                undo();
            }
        });
    }

    private void undo() {
        removals.undoLast().ifPresent(undone);
    }
}
