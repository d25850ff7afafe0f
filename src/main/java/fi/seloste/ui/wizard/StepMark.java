package fi.seloste.ui.wizard;

import java.util.Locale;

import fi.seloste.domain.check.Severity;
import fi.seloste.ui.I18n;

import javafx.scene.control.Label;

/** The mark beside a step: done, a warning, or something required missing. */
final class StepMark {

    private StepMark() {
    }

    static Label of(Severity worst, I18n i18n) {
        String state = worst == null || worst == Severity.INFO ? "done" : worst.name().toLowerCase(Locale.ROOT);
        Label mark = new Label(switch (state) {
            case "done" -> "✓";
            case "warning" -> "!";
            default -> "✕";
        });
        mark.getStyleClass().addAll("step-mark", "step-mark-" + state);
        mark.setAccessibleText(i18n.text("wizard.mark." + state));
        mark.setMinWidth(18);
        return mark;
    }
}
