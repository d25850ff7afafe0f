package fi.seloste.ui.wizard;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import fi.seloste.catalogue.CatalogueFact;
import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.EuDataRegion;
import fi.seloste.catalogue.OtherRole;
import fi.seloste.domain.SystemUse;
import fi.seloste.ui.Controls;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * What the catalogue knows beside a system's fields: facts no source confirmed ("check this with the vendor") while
 * the field still says what the catalogue gave, the roles the vendor has for other plans or features, and an EU data
 * region the vendor offers. Nothing here is shown for a system the owner added herself.
 */
final class CatalogueHints {

    private final Fields f;
    private final String id;
    private final CatalogueSystem entry;
    private final SystemUse system;

    CatalogueHints(Fields f, String id, CatalogueSystem entry, SystemUse system) {
        this.f = f;
        this.id = id;
        this.entry = entry;
        this.system = system;
    }

    void unconfirmed(GridPane form, CatalogueFact fact) {
        if (entry == null || entry.confirmed(fact) || !asTheCatalogueGaveIt(fact)) {
            return;
        }
        Label hint = new Label(f.i18n().text("systems.unconfirmed." + fact.name()));
        hint.setWrapText(true);
        hint.getStyleClass().add("catalogue-unconfirmed");
        hint.setId(id + "-unconfirmed-" + fact.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        form.add(hint, 1, form.getRowCount());
    }

    /** What the catalogue's sources say of the safeguards, while the transfers are those the catalogue gave. */
    void safeguardNote(GridPane form) {
        if (entry == null || entry.safeguardNote() == null || !asTheCatalogueGaveIt(CatalogueFact.TRANSFERS)) {
            return;
        }
        Label note = muted(entry.safeguardNote().in(f.i18n().language()));
        note.setId(id + "-safeguard-note");
        form.add(note, 1, form.getRowCount());
    }

    void otherRoles(GridPane form) {
        if (entry == null || entry.otherRoles().isEmpty()) {
            return;
        }
        VBox lines = new VBox(2);
        lines.setId(id + "-other-roles");
        lines.getChildren().add(muted(f.i18n().text("systems.otherRoles", f.enumLabel(entry.role()))));
        for (OtherRole other : entry.otherRoles()) {
            lines.getChildren().add(muted(f.i18n().text("systems.otherRole", f.enumLabel(other.role()),
                    other.when().in(f.i18n().language()))));
        }
        form.add(lines, 1, form.getRowCount());
    }

    void euDataRegion(GridPane form, Consumer<EuDataRegion> use) {
        EuDataRegion eu = entry == null ? null : entry.euDataRegion();
        if (eu == null || eu.storageLocation().fi().equals(system.storageLocation().fi())) {
            return;
        }
        Label offer = muted(f.i18n().text("systems.euRegion", eu.storageLocation().in(f.i18n().language()),
                eu.when().in(f.i18n().language())));
        Button choose = Controls.button(id + "-eu-region", f.i18n().text("systems.euRegion.use"));
        choose.setOnAction(e -> use.accept(eu));
        VBox box = new VBox(4, offer, choose);
        form.add(box, 1, form.getRowCount());
    }

    private boolean asTheCatalogueGaveIt(CatalogueFact fact) {
        return switch (fact) {
            case VENDOR -> !entry.needsHostingProvider() && entry.vendor().equals(system.vendor());
            case ROLE -> entry.role() == system.role();
            case STORAGE -> entry.storageLocation().fi().equals(system.storageLocation().fi());
            case TRANSFERS -> Objects.equals(entry.transfers(), system.transfers());
            case PRIVACY_URL -> entry.privacyUrl().equals(system.privacyUrl());
        };
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
