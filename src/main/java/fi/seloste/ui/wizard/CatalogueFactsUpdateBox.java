package fi.seloste.ui.wizard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import fi.seloste.catalogue.CatalogueFact;
import fi.seloste.catalogue.FactsUpdate;
import fi.seloste.domain.Country;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.ui.Controls;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Newer catalogue facts for one system (issue 12): each fact that differs, as the notice says it now and as the
 * catalogue says it, and two choices: take the catalogue's facts, or keep her own. Neither is made for her.
 */
final class CatalogueFactsUpdateBox {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private CatalogueFactsUpdateBox() {
    }

    static VBox of(Fields f, String id, FactsUpdate update, Consumer<SystemUse> choose) {
        Label title = new Label(f.i18n().text("systems.update.title", DATE.format(update.checkedOn())));
        title.setWrapText(true);
        title.getStyleClass().add("text-bold");
        GridPane changes = new GridPane();
        changes.setHgap(12);
        changes.setVgap(6);
        // Each fact's name on a line of its own above its two values: beside them, at 1100 px it broke inside words.
        changes.getColumnConstraints().addAll(column(50), column(50));
        changes.addRow(0, muted(f.i18n().text("systems.update.now")), muted(f.i18n().text("systems.update.catalogue")));
        for (CatalogueFact fact : CatalogueFact.values()) {
            if (update.changed().contains(fact)) {
                Label now = wrapped(value(f, fact, update.current()));
                Label catalogue = wrapped(value(f, fact, update.proposed()));
                now.setId(id + "-update-" + fact.name().toLowerCase(java.util.Locale.ROOT) + "-now");
                catalogue.setId(id + "-update-" + fact.name().toLowerCase(java.util.Locale.ROOT) + "-catalogue");
                Label name = wrapped(f.i18n().text("systems.update.fact." + fact.name()));
                name.getStyleClass().add("text-bold");
                changes.add(name, 0, changes.getRowCount(), 2, 1);
                changes.addRow(changes.getRowCount(), now, catalogue);
            }
        }
        Button apply = Controls.button(id + "-update-apply", f.i18n().text("systems.update.apply"));
        apply.setOnAction(e -> choose.accept(update.applied()));
        Button keep = Controls.button(id + "-update-keep", f.i18n().text("systems.update.keep"));
        keep.setOnAction(e -> choose.accept(update.kept()));
        VBox box = new VBox(8, title, changes, new HBox(8, apply, keep));
        box.setId(id + "-update");
        box.getStyleClass().add("catalogue-update");
        return box;
    }

    static String value(Fields f, CatalogueFact fact, SystemUse system) {
        String value = switch (fact) {
            case VENDOR -> system.vendor();
            case ROLE -> f.enumLabel(system.role());
            case STORAGE -> system.storageLocation().isBlankIn(f.i18n().language())
                    ? system.storageLocation().fi() : system.storageLocation().in(f.i18n().language());
            case TRANSFERS -> transfers(f, system.transfers());
            case PRIVACY_URL -> system.privacyUrl();
        };
        return value.isBlank() ? f.i18n().text("systems.update.empty") : value;
    }

    private static String transfers(Fields f, List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return f.i18n().text("systems.update.noTransfers");
        }
        return String.join("; ", transfers.stream().map(t -> (Country.isCode(t.country())
                ? Country.name(t.country(), f.i18n().language()) : t.country()) + " (" + f.enumLabel(t.safeguard()) + ")").toList());
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        column.setFillWidth(true);
        return column;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
