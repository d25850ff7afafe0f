package fi.seloste.ui;

import javafx.event.Event;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a text area moves to the next field, as in a one-line field, and Shift+Tab back; Ctrl+Tab types a tab.
 * Notice text has no use for tab characters, and an owner who presses Tab expects to move on, not to have one
 * saved in her notice. The text area itself moves the focus on Ctrl+Tab, so Tab is handed to it as that.
 */
public final class TabMovesFocus {

    private static final String HANDING_ON = TabMovesFocus.class.getName();

    private TabMovesFocus() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown() || e.isShiftDown()
                    || area.getProperties().containsKey(HANDING_ON)) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                area.replaceSelection("\t");
                return;
            }
            area.getProperties().put(HANDING_ON, Boolean.TRUE);
            try {
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, true, false, false));
            } finally {
                area.getProperties().remove(HANDING_ON);
            }
        });
    }
}
