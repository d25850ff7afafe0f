package fi.seloste.ui.clients;

import fi.seloste.clients.ReviewDue;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The reminder at start: how many clients' yearly reviews are overdue or due within 30 days, once the first scan of
 * the overview's folders has ended. "Show them" opens the overview filtered to them; the reminder can be dismissed.
 */
public final class ReviewReminderBanner extends HBox {

    public ReviewReminderBanner(ClientOverviewModel model, I18n i18n, Runnable showThem, BooleanProperty dismissed) {
        setId("review-reminder");
        getStyleClass().addAll("problem-banner", "info-banner");
        IntegerBinding overdue = count(model, ReviewDue.OVERDUE);
        IntegerBinding soon = count(model, ReviewDue.SOON);
        Label text = new Label();
        text.setId("review-reminder-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("clients.reminder", overdue.get(), soon.get()),
                overdue, soon));
        Button show = Controls.button("review-reminder-show", i18n.text("clients.reminder.show"));
        show.setOnAction(e -> showThem.run());
        Button dismiss = Controls.button("review-reminder-dismiss", i18n.text("problem.dismiss"));
        dismiss.setOnAction(e -> dismissed.set(true));
        show.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, show, dismiss);
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(10, 16, 10, 16));
        visibleProperty().bind(model.scannedOnce().and(dismissed.not()).and(overdue.add(soon).greaterThan(0)));
        managedProperty().bind(visibleProperty());
    }

    /** A dismissal shared by the banners of one run (the main view is built anew when the language changes). */
    public static BooleanProperty notDismissed() {
        return new SimpleBooleanProperty(false);
    }

    private static IntegerBinding count(ClientOverviewModel model, ReviewDue due) {
        return Bindings.createIntegerBinding(() -> (int) model.rows().stream().filter(r -> r.due() == due).count(),
                model.rows());
    }
}
