package fi.seloste.ui.wizard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "From your old notice — check" under a field whose value was taken from the owner's old notice, with the sentence it
 * came from (shown on request, and as the field's accessible help) and an "I have checked this" button that confirms it. The mark
 * goes once the file has forgotten it; the page is not built again, so she stays where she was. Typing in the field
 * leaves the mark: only the button says she checked it. Placed under the field like {@link FinnishOriginal}.
 */
final class OldNoticeMark {

    private static final String KEY = OldNoticeMark.class.getName();

    private OldNoticeMark() {
    }

    /** The marks on the page being built: each control id with the field it shows and that field's marks. */
    static final class OnPage {

        private final Map<String, PlacedFieldKey> fieldOfControl;
        private final Map<PlacedFieldKey, List<FromOldNotice>> marks;
        private final OldNoticeMarks model;
        private final I18n i18n;

        private OnPage(Map<String, PlacedFieldKey> fieldOfControl, Map<PlacedFieldKey, List<FromOldNotice>> marks,
                       OldNoticeMarks model, I18n i18n) {
            this.fieldOfControl = fieldOfControl;
            this.marks = marks;
            this.model = model;
            this.i18n = i18n;
        }

        /** The marks of the editor's notice that the page for its chosen register shows. */
        static OnPage of(NoticeEditor editor, I18n i18n) {
            OldNoticeMarks model = editor.oldNoticeMarks();
            Map<PlacedFieldKey, List<FromOldNotice>> marks = model.byField();
            Map<String, PlacedFieldKey> controls = new java.util.HashMap<>();
            marks.forEach((field, list) -> MarkPlaces.controlId(editor.current(), editor.selectedRegisterId().get(), list.get(0))
                    .ifPresent(id -> controls.putIfAbsent(id, field)));
            return new OnPage(controls, marks, model, i18n);
        }

        static OnPage none(I18n i18n) {
            return new OnPage(Map.of(), Map.of(), null, i18n);
        }

        /** Gives the control its mark when the field it shows has one. */
        void attach(Control control) {
            PlacedFieldKey field = control.getId() == null ? null : fieldOfControl.get(control.getId());
            if (field != null) {
                control.getProperties().put(KEY, box(control, field, marks.get(field)));
            }
        }

        private Node box(Control control, PlacedFieldKey field, List<FromOldNotice> fieldMarks) {
            String id = control.getId() + "-old-notice";
            String sentences = fieldMarks.stream().map(FromOldNotice::sentence).filter(s -> !s.isBlank()).distinct()
                    .collect(Collectors.joining(" … "));
            Label mark = new Label(i18n.text("oldnotice.mark"));
            mark.setId(id + "-label");
            mark.getStyleClass().addAll("severity", "severity-warning");
            mark.setWrapText(true);
            mark.setMinHeight(Region.USE_PREF_SIZE);
            Label said = new Label(i18n.text("oldnotice.mark.sentence", sentences));
            said.setId(id + "-sentence");
            said.setWrapText(true);
            said.getStyleClass().add("text-muted");
            said.setVisible(false);
            said.setManaged(false);
            said.setMinHeight(Region.USE_PREF_SIZE);
            mark.setTooltip(new Tooltip(said.getText()));
            Hyperlink show = new Hyperlink(i18n.text("oldnotice.mark.sentence.show"));
            show.setId(id + "-show");
            show.setWrapText(true);
            show.setAccessibleText(i18n.text("oldnotice.mark.sentence.show"));
            show.setOnAction(e -> {
                boolean shown = !said.isVisible();
                said.setVisible(shown);
                said.setManaged(shown);
                show.setText(i18n.text(shown ? "oldnotice.mark.sentence.hide" : "oldnotice.mark.sentence.show"));
                show.setAccessibleText(show.getText());
            });
            Button checked = Controls.button(id + "-checked", i18n.text("oldnotice.mark.checked"));
            checked.setMnemonicParsing(false);
            checked.setAccessibleText(i18n.text("oldnotice.mark.checked.accessible", MarkPlaces.name(field, i18n)));
            // Wrapped to the field's width: a mark never widens the form (the page is often narrow beside the preview).
            FlowPane actions = new FlowPane(8, 2, show, checked);
            actions.setAlignment(Pos.CENTER_LEFT);
            actions.setPrefWrapLength(0);
            VBox box = new VBox(2, mark, actions, said);
            box.setId(id);
            box.getStyleClass().add("old-notice-mark");
            String help = control.getAccessibleHelp();
            control.setAccessibleHelp((help == null || help.isBlank() ? "" : help + " ") + i18n.text("oldnotice.mark") + ". "
                    + said.getText());
            checked.setOnAction(e -> {
                checked.setDisable(true);
                model.confirm(field, () -> {
                    control.setAccessibleHelp(help);
                    Parent parent = box.getParent();
                    if (parent instanceof Pane pane) {
                        pane.getChildren().remove(box);
                    }
                    // The focus stays on the page, on the field the mark was under.
                    if (control.getScene() != null) {
                        control.requestFocus();
                    }
                });
            });
            return box;
        }
    }

    /** The mark attached to the control, if it has one. */
    static Optional<Node> of(Node control) {
        return Optional.ofNullable(control.getProperties().get(KEY)).map(Node.class::cast);
    }

    /**
     * Puts each mark the steps did not place under its field ({@link Fields#row}, {@link Fields#labelled} and
     * {@link Fields#limited} place theirs) right after the field in the field's own box: a checkbox in a list, a field
     * checked by {@link Validation#checked}.
     */
    static void placeTheRest(Node root) {
        if (root instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                placeTheRest(child);
            }
        }
        of(root).filter(mark -> mark.getParent() == null).ifPresent(mark -> {
            if (root.getParent() instanceof Pane pane && !(pane instanceof javafx.scene.layout.GridPane)) {
                pane.getChildren().add(pane.getChildren().indexOf(root) + 1, mark);
            }
        });
    }
}
