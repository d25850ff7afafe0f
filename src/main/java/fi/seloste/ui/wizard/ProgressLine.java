package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.check.StepProgress;
import fi.seloste.ui.I18n;

import javafx.scene.control.Label;

/** The line above the steps that sums them up: "8 of 13 steps complete, 3 errors". */
final class ProgressLine {

    private ProgressLine() {
    }

    static Label create() {
        Label line = new Label();
        line.setId("wizard-progress");
        line.setWrapText(true);
        line.getStyleClass().add("wizard-progress");
        line.setMaxWidth(Double.MAX_VALUE);
        return line;
    }

    static String text(StepProgress progress, I18n i18n) {
        List<String> parts = new ArrayList<>();
        parts.add(i18n.text("wizard.progress", progress.complete(), progress.total()));
        if (progress.errors() > 0) {
            parts.add(i18n.text("wizard.progress.errors", progress.errors()));
        }
        if (progress.warnings() > 0) {
            parts.add(i18n.text("wizard.progress.warnings", progress.warnings()));
        }
        return String.join(", ", parts);
    }
}
