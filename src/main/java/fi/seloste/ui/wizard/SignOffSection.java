package fi.seloste.ui.wizard;

import java.time.LocalDate;
import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Severity;
import fi.seloste.domain.diff.Change;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Review → sign-off: freeze the notice as the next version, with who signed it off and in which role, and export or
 * print any signed version exactly as it was signed (same bytes every time). Always asks first, since a version can
 * never be changed or removed, and says so plainly when the notice has errors or nothing changed since the last.
 */
final class SignOffSection extends VBox {

    private final NoticeEditor editor;
    private final I18n i18n;
    private final VBox versions = new VBox(6);
    private final Label status = new Label();
    private final VBox changes = new VBox(4);

    SignOffSection(Fields f, NoticeEditor editor, long errors) {
        super(10);
        this.editor = editor;
        this.i18n = f.i18n();
        setId("review-signoff");
        Person contact = editor.current().contactPerson();
        TextField signer = f.text("review-signer", "review.signer", TextLimit.NAME, contact == null ? "" : contact.name(),
                v -> { });
        GridPane form = Fields.form();
        f.row(form, "review.signer", signer);
        SignerRoleFields role = new SignerRoleFields(f, editor.current().settings().languages(),
                contact == null ? LocalizedText.EMPTY : contact.title(), form);
        Button signOff = Controls.button("review-sign-off", i18n.text("review.signOff"));
        signOff.getStyleClass().add("accent");
        BooleanProperty signing = new SimpleBooleanProperty();
        // A signer or role longer than a sign-off holds would make a version that no interchange file can carry.
        signOff.disableProperty().bind(signer.textProperty().isEmpty().or(signing)
                .or(LengthLimit.of(signer).orElseThrow().overLimit()).or(role.overLimit()));
        signOff.setOnAction(e -> {
            signing.set(true);
            Notice now = editor.current();
            long errorsNow = errorsIn(now);
            editor.session().lastSignedVersion(last -> {
                Integer unchangedSince = last.filter(v -> sameContent(v.notice(), now)).map(v -> v.signOff().version()).orElse(null);
                int next = last.map(v -> v.signOff().version() + 1).orElse(1);
                boolean go = SignOffConfirmation.ask(getScene().getWindow(), i18n, next, errorsNow, unchangedSince,
                        editor.oldNoticeMarks().fieldsToCheck().get());
                if (!go) {
                    signing.set(false);
                    return;
                }
                editor.session().signOff(signer.getText().strip(), role.value(), signed -> {
                    signing.set(false);
                    status.setText(i18n.text("review.signedOff", signed.version()));
                    reload();
                });
            });
        });
        status.setId("review-signoff-status");
        status.setWrapText(true);
        versions.setId("review-versions");
        getChildren().addAll(f.heading("review.signoff.title"), f.help("review.signoff.help"));
        if (errors > 0) {
            Label warning = f.help("review.signoff.errors", errors);
            warning.setId("review-signoff-errors");
            getChildren().add(warning);
        }
        changes.setId("review-changes");
        getChildren().addAll(form, signOff, status, f.heading("review.versions"), versions, changes);
        reload();
    }

    /** The same content, whatever ids the store gave the registers (a signed version keeps its content, not ids). */
    static boolean sameContent(Notice a, Notice b) {
        return withoutIds(a).equals(withoutIds(b));
    }

    private static Notice withoutIds(Notice n) {
        return n.withRegisters(n.registers().stream().map(r -> r.toBuilder().id(0).build()).toList());
    }

    private static long errorsIn(Notice notice) {
        return new CompletenessCheck().check(notice, LocalDate.now()).stream()
                .filter(finding -> finding.severity() == Severity.ERROR).count();
    }

    private void showChanges(List<Change> changes) {
        this.changes.getChildren().clear();
        if (changes.isEmpty()) {
            this.changes.getChildren().add(new Label(i18n.text("review.changes.none")));
        }
        for (Change change : changes) {
            String text = change.message(i18n.language());
            Label line = new Label((change.kind().fundamental() ? i18n.text("review.changes.announce") + " " : "") + "•  " + text);
            line.setWrapText(true);
            this.changes.getChildren().add(line);
        }
    }

    private void reload() {
        editor.session().signOffs(this::show);
    }

    private void show(List<SignOff> signOffs) {
        versions.getChildren().clear();
        if (signOffs.isEmpty()) {
            versions.getChildren().add(new Label(i18n.text("review.versions.none")));
        }
        for (SignOff s : signOffs) {
            versions.getChildren().add(SignedVersionRow.of(s, i18n, editor.session().versionActions(),
                    () -> editor.session().compareVersions(s.version() - 1, s.version(), this::showChanges)));
        }
    }
}
