package fi.seloste.ui.shell;

import java.nio.file.Path;

import fi.seloste.store.ClientFileName;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shown when no client file is open: make a new one, open one, or pick a recent one. */
final class WelcomePane extends VBox {

    WelcomePane(ShellViewModel model, I18n i18n, ShellMenus.ShellActions actions) {
        setId("welcome");
        setSpacing(16);
        setPadding(new Insets(48));
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(720);

        Label title = new Label(i18n.text("welcome.title"));
        title.getStyleClass().add("title-1");
        Label text = new Label(i18n.text("welcome.text"));
        text.setWrapText(true);

        Button create = Controls.button("welcome-new", i18n.text("welcome.new"));
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.setOnAction(e -> actions.newClientFile());
        Button open = Controls.button("welcome-open", i18n.text("welcome.open"));
        open.setOnAction(e -> actions.openClientFile());

        Label recentTitle = new Label(i18n.text("welcome.recent"));
        recentTitle.getStyleClass().add("title-4");
        ListView<Path> recent = new ListView<>(model.recentFiles());
        recent.setId("welcome-recent");
        recent.setAccessibleText(i18n.text("welcome.recent"));
        recent.setPrefHeight(220);
        recent.setPlaceholder(new Label(i18n.text("welcome.recent.none")));
        recent.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path path, boolean empty) {
                super.updateItem(path, empty);
                setText(empty || path == null ? null : ClientFileName.displayName(path) + "  —  " + path.getParent());
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                model.open(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                model.open(recent.getSelectionModel().getSelectedItem());
            }
        });

        getChildren().addAll(title, text, new HBox(10, create, open), recentTitle, recent);
    }
}
