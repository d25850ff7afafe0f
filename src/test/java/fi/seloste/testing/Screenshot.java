package fi.seloste.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The window as the owner sees it, written as a PNG (for the Screenshots… classes, not the normal run). */
public final class Screenshot {

    private Screenshot() {
    }

    public static void of(FxRobot robot, Stage stage, Path png) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", png.toFile());
        assertThat(png).isNotEmptyFile();
    }
}
