package fi.seloste.ui.wizard;

import fi.seloste.domain.check.StepState;
import fi.seloste.ui.I18n;

import javafx.scene.control.Label;

/** The mark beside a step: not started, done, a warning, or something required missing. */
final class StepMark {

    private StepMark() {
    }

    static Label of(StepState state, I18n i18n) {
        String name = switch (state) {
            case NOT_STARTED -> "notStarted";
            case COMPLETE -> "done";
            case WARNING -> "warning";
            case ERROR -> "error";
        };
        Label mark = new Label(switch (state) {
            case NOT_STARTED -> "○";
            case COMPLETE -> "✓";
            case WARNING -> "!";
            case ERROR -> "✕";
        });
        mark.getStyleClass().addAll("step-mark", "step-mark-" + name);
        mark.setAccessibleText(i18n.text("wizard.mark." + name));
        mark.setMinWidth(18);
        return mark;
    }
}
