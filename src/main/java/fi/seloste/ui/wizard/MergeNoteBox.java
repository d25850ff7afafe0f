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
 * confirm the section as it stands. Changing the section confirms it too (docs/decisions/0021).
 */
final class MergeNoteBox {

    private MergeNoteBox() {
    }

    static Optional<Node> of(Fields f, NoticeEditor editor, SharedSection section, Runnable rebuild) {
        Optional<MergeNote> note = editor.current().mergeNotes().stream().filter(n -> n.section() == section).findFirst();
        return note.map(n -> {
            String id = "merge-note-" + section.name().toLowerCase(java.util.Locale.ROOT);
            Label text = new Label(f.i18n().text("shared.merged." + section.name(), String.join(", ", n.registerNames())));
            text.setWrapText(true);
            text.setId(id + "-text");
            Button confirm = Controls.button(id + "-confirm", f.i18n().text("shared.merged.confirm"));
            confirm.setOnAction(e -> {
                editor.confirmSection(section);
                rebuild.run();
            });
            VBox box = new VBox(6, text, confirm);
            box.setId(id);
            box.getStyleClass().add("item-card");
            return box;
        });
    }
}
