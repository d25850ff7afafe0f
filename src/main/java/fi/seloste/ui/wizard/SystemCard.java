package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import fi.seloste.domain.Country;
import fi.seloste.domain.SystemUse;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A system of the notice as its name and one summary line (vendor, role, storage, transfers) that opens to its
 * editor, so that a list of systems stays short enough to see the catalogue above it.
 */
final class SystemCard {

    private static final int SHORT = 40;

    private SystemCard() {
    }

    /**
     * The card with the id, open or closed; opened hears each open and close. current is the system as it is now
     * (the summary is written again on closing, after typing in the editor). The actions (Remove) stay in the line.
     */
    static VBox of(Fields f, String id, Supplier<SystemUse> current, boolean open, Consumer<Boolean> opened,
                   List<Node> actions, Node... editor) {
        Label name = new Label();
        name.setId(id + "-summary-name");
        name.getStyleClass().add("system-summary-name");
        Label details = new Label();
        details.setId(id + "-summary");
        details.getStyleClass().add("text-muted");
        // The summary has the card's width under the name and wraps rather than ending in "…".
        details.setWrapText(true);
        ToggleButton edit = new ToggleButton();
        edit.setId(id + "-edit");
        edit.getStyleClass().add("flat");
        VBox body = new VBox(8, editor);
        body.setId(id + "-editor");
        Runnable show = () -> {
            SystemUse system = current.get();
            name.setText(name(f, system));
            details.setText(String.join(" · ", summary(f, system)));
            boolean on = edit.isSelected();
            edit.setText(f.i18n().text(on ? "systems.card.close" : "systems.card.edit"));
            edit.setAccessibleText(f.i18n().text(on ? "systems.card.close.named" : "systems.card.edit.named", name.getText()));
            edit.setAccessibleHelp(name.getText() + " — " + details.getText());
            body.setVisible(on);
            body.setManaged(on);
        };
        edit.setSelected(open);
        show.run();
        edit.selectedProperty().addListener((o, before, now) -> {
            show.run();
            opened.accept(now);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, name, gap, edit);
        top.getChildren().addAll(actions);
        top.getChildren().stream().filter(n -> n instanceof ButtonBase)
                .forEach(n -> ((ButtonBase) n).setMinWidth(Region.USE_PREF_SIZE));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox line = new VBox(2, top, details);
        line.setId(id + "-line");
        return Fields.card(id, line, body);
    }

    /** The parts of the summary line after the name: vendor, role, storage, transfers; the empty ones left out. */
    static List<String> summary(Fields f, SystemUse system) {
        List<String> parts = new ArrayList<>();
        if (system.role().hasOutsideParty() && !system.vendor().isBlank()) {
            parts.add(shortened(system.vendor()));
        }
        parts.add(f.i18n().text("systems.summary.role." + system.role().name()));
        if (!system.storageLocation().isBlank()) {
            parts.add(shortened(system.storageLocation().in(f.textLanguage()).isBlank()
                    ? system.storageLocation().fi() : system.storageLocation().in(f.textLanguage())));
        }
        if (!system.transfers().isEmpty()) {
            parts.add(f.i18n().text("systems.summary.transfers", String.join(", ", system.transfers().stream()
                    .map(t -> Country.name(t.country(), f.i18n().language())).distinct().toList())));
        }
        return parts;
    }

    private static String name(Fields f, SystemUse system) {
        return system.name().isBlank() ? f.i18n().text("systems.summary.unnamed") : shortened(system.name());
    }

    /** A long text cut at a word, for one line; the editor below shows it whole. */
    static String shortened(String text) {
        String t = text.strip();
        if (t.length() <= SHORT) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SHORT);
        return t.substring(0, cut > SHORT / 2 ? cut : SHORT).strip() + "…";
    }
}
