package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import fi.seloste.domain.Country;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.ui.Controls;

import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Data goes outside the EU/EEA": a checkbox, then one row per country, each with its own safeguard, and a button to
 * add a country. A country an older Seloste kept as typed is offered as typed until the owner picks a country.
 */
final class TransferFields {

    private TransferFields() {
    }

    static void addTo(GridPane form, Fields f, String id, List<Transfer> transfers, Consumer<List<Transfer>> change,
                      Runnable rebuild) {
        f.row(form, "transfer.outside", f.check(id + "-outside", "transfer.outside.yes", !transfers.isEmpty(), on -> {
            change.accept(on ? List.of(new Transfer("", TransferSafeguard.NONE)) : List.of());
            rebuild.run();
        }));
        if (transfers.isEmpty()) {
            return;
        }
        List<Transfer> latest = new ArrayList<>(transfers);
        VBox rows = new VBox(6);
        for (int i = 0; i < transfers.size(); i++) {
            rows.getChildren().add(countryRow(f, id + "-transfer-" + i, i, latest, change, rebuild));
        }
        Button add = Controls.button(id + "-transfer-add", f.i18n().text("transfer.addCountry"));
        add.setOnAction(e -> {
            latest.add(new Transfer("", TransferSafeguard.NONE));
            change.accept(List.copyOf(latest));
            rebuild.run();
        });
        rows.getChildren().add(add);
        f.row(form, "transfer.countries", rows);
    }

    private static VBox countryRow(Fields f, String id, int index, List<Transfer> latest,
                                   Consumer<List<Transfer>> change, Runnable rebuild) {
        Transfer transfer = latest.get(index);
        List<String> countries = new ArrayList<>(Country.codesByName(f.i18n().language()));
        if (!transfer.country().isBlank() && !Country.isCode(transfer.country())) {
            countries.add(0, transfer.country());
        }
        var country = f.choice(id + "-country", "transfer.country", countries,
                transfer.country().isBlank() ? null : transfer.country(),
                code -> Country.name(code, f.i18n().language()), v -> {
                    latest.set(index, new Transfer(v, latest.get(index).safeguard()));
                    change.accept(List.copyOf(latest));
                });
        var safeguard = f.choice(id + "-safeguard", "transfer.safeguard",
                Arrays.asList(TransferSafeguard.values()).subList(1, TransferSafeguard.values().length),
                transfer.safeguard() == TransferSafeguard.NONE ? null : transfer.safeguard(), f::enumLabel, v -> {
                    latest.set(index, new Transfer(latest.get(index).country(), v == null ? TransferSafeguard.NONE : v));
                    change.accept(List.copyOf(latest));
                });
        Button remove = Controls.button(id + "-remove", f.i18n().text("wizard.remove"));
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> {
            latest.remove(index);
            change.accept(List.copyOf(latest));
            rebuild.run();
        });
        // The country above, its safeguard and the remove button below: each list gets the whole width, so that
        // neither the country nor the safeguard's long name is cut at 1100 px ("Y…", "Vakiosopi…").
        for (var choice : List.of(country, safeguard)) {
            choice.setMaxWidth(Double.MAX_VALUE);
        }
        HBox.setHgrow(safeguard, Priority.ALWAYS);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        HBox basis = new HBox(8, safeguard, remove);
        VBox row = new VBox(4, country, basis);
        row.setId(id);
        return row;
    }
}
