package fi.seloste.ui.wizard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import fi.seloste.domain.SignOff;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;
import fi.seloste.ui.VersionActions;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One signed version in the Review step: its line (number, date, signer, fingerprint), which wraps, and its buttons
 * Export…, Print… and What changed, which always show their whole labels, however narrow the window.
 */
final class SignedVersionRow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy H.mm");

    private SignedVersionRow() {
    }

    /** @param showChanges compares this version with the one before; not offered for version 1 */
    static HBox of(SignOff s, I18n i18n, VersionActions actions, Runnable showChanges) {
        String who = s.signerRole().isBlank() ? s.signer() : s.signer() + ", " + s.signerRole();
        Label line = new Label(i18n.text("review.version.line", s.version(),
                s.signedAt().atZone(ZoneId.of("Europe/Helsinki")).format(WHEN), who, s.contentSha256().substring(0, 16)));
        line.setId("version-" + s.version() + "-line");
        line.setWrapText(true);
        line.setMinWidth(0);
        line.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(line, Priority.ALWAYS);
        HBox row = new HBox(10, line,
                button(s.version(), "export", i18n.text("review.version.export"), () -> actions.export(s.version())),
                button(s.version(), "print", i18n.text("review.version.print"), () -> actions.print(s.version())));
        if (s.version() > 1) {
            row.getChildren().add(button(s.version(), "changes", i18n.text("review.version.changes"), showChanges));
        }
        row.setId("version-" + s.version());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(int version, String what, String text, Runnable action) {
        Button button = Controls.button("version-" + version + "-" + what, text);
        button.setAccessibleText(text + " (" + version + ")");
        // The line beside it wraps instead: a button cut down to "…" says nothing of what it does.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
