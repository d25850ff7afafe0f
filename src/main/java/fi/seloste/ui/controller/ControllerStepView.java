package fi.seloste.ui.controller;

import fi.seloste.ui.I18n;
import fi.seloste.ui.Controls;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Step 1, rekisterinpitäjä: who is responsible for the personal data. */
public final class ControllerStepView extends VBox {

    private final GridPane form = new GridPane();
    private final I18n i18n;
    private int row;

    public ControllerStepView(ControllerStepViewModel model, I18n i18n) {
        this.i18n = i18n;
        setId("step-controller");
        getStyleClass().add("step");
        setSpacing(12);
        setPadding(new Insets(24, 32, 24, 32));

        Label title = new Label(i18n.text("controller.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(i18n.text("controller.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(520);
        form.getColumnConstraints().addAll(labels, fields);

        field("controller-name", "controller.name", model.name());
        field("controller-business-id", "controller.businessId", model.businessId());
        field("controller-street", "controller.street", model.street());
        field("controller-postal-code", "controller.postalCode", model.postalCode());
        field("controller-town", "controller.town", model.town());
        field("controller-phone", "controller.phone", model.phone());
        field("controller-email", "controller.email", model.email());
        field("controller-website", "controller.website", model.website());

        getChildren().addAll(title, intro, form);
    }

    private void field(String id, String key, StringProperty value) {
        TextField input = Controls.textField(id, i18n.text(key), i18n.text(key + ".prompt"));
        input.textProperty().bindBidirectional(value);
        form.addRow(row++, Controls.labelFor(input, i18n.text(key)), input);
    }
}
