package fi.seloste.ui.oldnotice;

import java.util.List;
import java.util.Map;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.oldnotice.OldNoticeReading;
import fi.seloste.oldnotice.OutdatedStatement;
import fi.seloste.oldnotice.UnplacedStatement;
import fi.seloste.ui.ClientSession;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;
import fi.seloste.ui.wizard.CopyIntoField;
import fi.seloste.ui.wizard.WizardView;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Beside the wizard of a client file just made of an old notice: the sentences Seloste could not place and the
 * statements the law no longer supports, each with why and a button that copies it, until the owner closes the list.
 */
public final class LeftoversPanel extends VBox {

    private static final double WIDTH = 340;

    private final I18n i18n;
    private final WizardView wizard;
    private final OldNoticeReading reading;
    private final Label copied = new Label();

    private LeftoversPanel(WizardView wizard, OldNoticeReading reading, OldNoticeLeftovers leftovers, I18n i18n) {
        super(10);
        this.i18n = i18n;
        this.wizard = wizard;
        this.reading = reading;
        setId("old-notice-leftovers");
        getStyleClass().add("old-notice-leftovers");
        setPadding(new Insets(12));
        setPrefWidth(WIDTH);
        setMinWidth(Region.USE_PREF_SIZE);

        Label title = new Label(i18n.text("oldnotice.leftovers.title"));
        title.setId("old-notice-leftovers-title");
        title.getStyleClass().add("severity");
        title.setWrapText(true);
        title.setMaxWidth(WIDTH - 24);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Button close = Controls.button("old-notice-leftovers-close", i18n.text("oldnotice.leftovers.close"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> leftovers.dismiss());
        VBox top = new VBox(6, title, close);

        copied.setId("old-notice-leftovers-copied");
        copied.setWrapText(true);
        copied.setMaxWidth(WIDTH - 24);
        copied.setMinHeight(Region.USE_PREF_SIZE);
        copied.getStyleClass().add("severity-info");

        VBox items = new VBox(12);
        items.getChildren().add(wrapped("old-notice-leftovers-intro", i18n.text("oldnotice.leftovers.intro"), "text-muted"));
        List<UnplacedStatement> unplaced = reading.unplaced();
        if (!unplaced.isEmpty()) {
            items.getChildren().add(heading("old-notice-unplaced-heading", i18n.text("oldnotice.leftovers.unplaced", unplaced.size())));
            for (int i = 0; i < unplaced.size(); i++) {
                UnplacedStatement statement = unplaced.get(i);
                items.getChildren().add(item("old-notice-unplaced-" + i, statement.sentence(),
                        i18n.text("oldnotice.unplacedReason." + statement.reason().name()), true));
            }
        }
        List<OutdatedStatement> outdated = reading.outdated();
        if (!outdated.isEmpty()) {
            items.getChildren().add(heading("old-notice-outdated-heading", i18n.text("oldnotice.leftovers.outdated", outdated.size())));
            for (int i = 0; i < outdated.size(); i++) {
                OutdatedStatement statement = outdated.get(i);
                items.getChildren().add(item("old-notice-outdated-" + i, statement.sentence(),
                        i18n.text("oldnotice.outdatedReason." + statement.reason().name()), false));
            }
        }
        items.getChildren().add(wrapped("old-notice-leftovers-kept", i18n.text("oldnotice.leftovers.kept"), "text-muted"));
        ScrollPane scroll = new ScrollPane(items);
        scroll.setId("old-notice-leftovers-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, copied, scroll);
    }

    /**
     * The wizard with the list of this session's leftovers at its right while there is one; closing the list hides it
     * and gives the wizard the room. Without leftovers, the wizard alone.
     */
    public static Node beside(WizardView wizard, ClientSession session, OldNoticeLeftovers leftovers, I18n i18n) {
        OldNoticeReading reading = leftovers.of(session);
        if (reading == null || reading.unplaced().isEmpty() && reading.outdated().isEmpty()) {
            return wizard;
        }
        LeftoversPanel panel = new LeftoversPanel(wizard, reading, leftovers, i18n);
        panel.visibleProperty().bind(Bindings.createBooleanBinding(() -> leftovers.of(session) == reading, leftovers.shown()));
        panel.managedProperty().bind(panel.visibleProperty());
        BorderPane pane = new BorderPane(wizard);
        pane.setRight(panel);
        return pane;
    }

    /**
     * A sentence with why it was left, a button that copies it to the clipboard and, for a sentence not placed (never
     * for one the law no longer supports), one that adds it to a field the owner chooses.
     */
    private Node item(String id, String sentence, String reason, boolean intoAField) {
        Label said = wrapped(id + "-sentence", "\u201c" + sentence + "\u201d", null);
        Label why = wrapped(id + "-reason", reason, "text-muted");
        Button copy = Controls.button(id + "-copy", i18n.text("oldnotice.leftovers.copy"));
        copy.setAccessibleText(i18n.text("oldnotice.leftovers.copy.accessible", sentence));
        copy.setOnAction(e -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, sentence));
            copied.setText(i18n.text("oldnotice.leftovers.copied"));
        });
        VBox box = new VBox(4, said, why);
        if (intoAField) {
            box.getChildren().add(new HBox(8, copy, intoAField(id, sentence)));
        } else {
            box.getChildren().add(copy);
        }
        box.setId(id);
        box.getStyleClass().add("old-notice-leftover");
        return box;
    }

    /** "Copy into a field…": the fields to choose from are listed when it is pressed, as the notice has them then. */
    private Button intoAField(String id, String sentence) {
        Button into = Controls.button(id + "-into", i18n.text("oldnotice.leftovers.into"));
        into.setMnemonicParsing(false);
        into.setAccessibleText(i18n.text("oldnotice.leftovers.into.accessible", sentence));
        ContextMenu fields = new ContextMenu();
        fields.setId(id + "-into-fields");
        into.setOnAction(e -> {
            fields.getItems().clear();
            for (CopyIntoField.Target target : CopyIntoField.targets(wizard.editor(), i18n)) {
                MenuItem item = new MenuItem(target.label());
                item.setId(id + "-into-" + target.field().id());
                item.setMnemonicParsing(false);
                item.setOnAction(chosen -> {
                    FromOldNotice mark = CopyIntoField.copy(wizard.editor(), target.field(), reading.language(), sentence);
                    copied.setText(i18n.text("oldnotice.leftovers.into.done", target.label()));
                    wizard.goToField(mark);
                });
                fields.getItems().add(item);
            }
            fields.show(into, Side.BOTTOM, 0, 0);
        });
        return into;
    }

    private static Label heading(String id, String text) {
        return wrapped(id, text, "severity");
    }

    private static Label wrapped(String id, String text, String styleClass) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH - 40);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
