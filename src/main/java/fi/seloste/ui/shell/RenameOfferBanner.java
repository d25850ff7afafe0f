package fi.seloste.ui.shell;

import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A banner, not a dialog: "Rename the file to 'Kahvipaahtimo Mäkelä Oy'?" while the first client file still has its
 * default name. It waits until the name has stood still a moment, so it does not follow every letter typed.
 */
final class RenameOfferBanner extends HBox {

    private static final Duration SETTLED = Duration.millis(1200);

    RenameOfferBanner(ShellViewModel model, I18n i18n) {
        setId("rename-offer");
        getStyleClass().addAll("problem-banner", "info-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(10, 16, 10, 16));
        Label text = new Label();
        text.setId("rename-offer-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button rename = Controls.button("rename-offer-do", i18n.text("renameOffer.do"));
        Button keep = Controls.button("rename-offer-keep", i18n.text("renameOffer.keep"));
        rename.setMinWidth(Region.USE_PREF_SIZE);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, rename, keep);

        PauseTransition settle = new PauseTransition(SETTLED);
        settle.setOnFinished(e -> show(model.renameOffer().get(), model, i18n, text));
        model.renameOffer().addListener((o, before, now) -> {
            show(null, model, i18n, text);
            if (now != null) {
                settle.playFromStart();
            }
        });
        rename.setOnAction(e -> {
            String name = model.renameOffer().get();
            if (name != null) {
                model.rename(name);
            }
        });
        keep.setOnAction(e -> model.declineRename());
        show(model.renameOffer().get(), model, i18n, text);
    }

    private void show(String name, ShellViewModel model, I18n i18n, Label text) {
        boolean offered = name != null && model.session().get() != null;
        if (offered) {
            text.setText(i18n.text("renameOffer.text", name, model.session().get().fileDisplayName()));
        }
        setVisible(offered);
        setManaged(offered);
    }
}
