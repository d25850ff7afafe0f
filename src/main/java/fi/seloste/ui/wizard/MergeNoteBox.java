package fi.seloste.ui.wizard;

import java.util.Optional;

import fi.seloste.domain.MergeNote;
import fi.seloste.domain.SharedSection;
import fi.seloste.ui.Controls;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Above a shared section an upgrade made from registers' differing answers: which registers, and a button to
 * confirm the section as it stands. Only the button takes the note away: one change is not a check of everything the
 * merge joined (docs/decisions/0021).
 */
final class MergeNoteBox {

    private MergeNoteBox() {
    }

    static Optional<Node> of(Fields f, NoticeEditor editor, SharedSection section) {
        Optional<MergeNote> note = editor.current().mergeNotes().stream().filter(n -> n.section() == section).findFirst();
        return note.map(n -> {
            String id = "merge-note-" + section.name().toLowerCase(java.util.Locale.ROOT);
            Label text = new Label(f.i18n().text("shared.merged." + section.name(), String.join(", ", n.registerNames())));
            text.setWrapText(true);
            text.setId(id + "-text");
            Button confirm = Controls.button(id + "-confirm", f.i18n().text("shared.merged.confirm"));
            VBox box = new VBox(6, text, confirm);
            confirm.setOnAction(e -> {
                editor.confirmSection(section);
                // The note goes; the rest of the step stays as it is, where she was.
                if (box.getParent() instanceof javafx.scene.layout.Pane parent) {
                    parent.getChildren().remove(box);
                }
            });
            box.setId(id);
            box.getStyleClass().add("item-card");
            return box;
        });
    }
}
