package fi.seloste.ui.shell;

import fi.seloste.ui.ClientSession;
import fi.seloste.ui.I18n;
import fi.seloste.ui.SaveState;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The open file's path and whether every edit is saved. */
final class StatusBar extends HBox {

    StatusBar(ShellViewModel model, I18n i18n) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));

        Label file = new Label();
        file.setId("status-file");
        file.textProperty().bind(Bindings.createStringBinding(
                () -> model.openPath().get() == null ? i18n.text("status.noFile") : model.openPath().get().toString(),
                model.openPath()));

        Label saved = new Label();
        saved.setId("status-saved");
        ChangeListener<SaveState> refresh = (o, before, now) -> saved.setText(saveText(model.session().get(), i18n));
        model.session().addListener((o, before, now) -> {
            if (before != null) {
                before.saveState().removeListener(refresh);
            }
            if (now != null) {
                now.saveState().addListener(refresh);
            }
            saved.setText(saveText(now, i18n));
        });
        if (model.session().get() != null) {
            model.session().get().saveState().addListener(refresh);
        }
        saved.setText(saveText(model.session().get(), i18n));
        ProgressIndicator working = new ProgressIndicator();
        working.setId("status-working");
        working.setPrefSize(14, 14);
        working.visibleProperty().bind(model.busy().or(model.printing()));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(file, gap, working, saved);
    }

    private static String saveText(ClientSession session, I18n i18n) {
        if (session == null) {
            return "";
        }
        SaveState state = session.saveState().get();
        return i18n.text("status.save." + state.name());
    }
}
