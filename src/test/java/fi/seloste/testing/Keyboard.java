package fi.seloste.testing;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing as a quick typist does: for each character the key pressed, typed and released events go to the control
 * that has the focus, as TestFX's {@code write(...)} sends them (its JavaFX robot), but without the 25 ms sleep
 * and the ~50 ms wait for FX events TestFX makes after every character. The control handles each character as a
 * key stroke (its text listeners run once per character, so autosave sees every keystroke); only the pauses between
 * them are gone. Any character arrives, "ä" and "ö" included.
 */
public final class Keyboard {

    private Keyboard() {
    }

    /** Types text into the node that has the focus in the scene of {@code anyNodeInTheScene}. */
    public static void type(FxRobot robot, Node anyNodeInTheScene, String text) {
        robot.interact(() -> {
            Scene scene = anyNodeInTheScene.getScene();
            for (char c : text.toCharArray()) {
                Node target = scene.getFocusOwner();
                if (target == null) {
                    throw new IllegalStateException("nothing has the focus to type \"" + text + "\" into");
                }
                KeyCode code = keyCode(c);
                String s = String.valueOf(c);
                boolean shift = Character.isUpperCase(c);
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false));
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, shift, false, false, false));
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, false, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Presses and lets go of a key such as ENTER in the focused control. Unlike the glass robot's key press it
     * leaves no key held down when the control throws: the exception comes back here, and the key is let go.
     */
    public static void hit(FxRobot robot, Node anyNodeInTheScene, KeyCode code) {
        robot.interact(() -> {
            Node target = anyNodeInTheScene.getScene().getFocusOwner();
            try {
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            } finally {
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyCode keyCode(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            KeyCode code = KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
            return code == null ? KeyCode.UNDEFINED : code;
        }
        return c == ' ' ? KeyCode.SPACE : KeyCode.UNDEFINED;
    }
}
