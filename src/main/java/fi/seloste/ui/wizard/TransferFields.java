package fi.seloste.ui.wizard;

import java.util.Arrays;
import java.util.function.Consumer;

import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

import javafx.scene.layout.GridPane;

/** "Data goes outside the EU/EEA": a checkbox, then the country and the safeguard. */
final class TransferFields {

    private TransferFields() {
    }

    static void addTo(GridPane form, Fields f, String id, Transfer transfer, Consumer<Transfer> change, Runnable rebuild) {
        f.row(form, "transfer.outside", f.check(id + "-outside", "transfer.outside.yes", transfer != null, on -> {
            change.accept(on ? new Transfer("", TransferSafeguard.NONE) : null);
            rebuild.run();
        }));
        if (transfer != null) {
            Transfer[] latest = {transfer};
            f.row(form, "transfer.country", f.text(id + "-country", "transfer.country", transfer.country(), v -> {
                latest[0] = new Transfer(v, latest[0].safeguard());
                change.accept(latest[0]);
            }));
            f.row(form, "transfer.safeguard", f.choice(id + "-safeguard", "transfer.safeguard",
                    Arrays.asList(TransferSafeguard.values()), transfer.safeguard(), f::enumLabel, v -> {
                        latest[0] = new Transfer(latest[0].country(), v);
                        change.accept(latest[0]);
                    }));
        }
    }
}
