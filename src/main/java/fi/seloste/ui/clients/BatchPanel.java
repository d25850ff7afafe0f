package fi.seloste.ui.clients;

import org.controlsfx.control.TaskProgressView;

import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Below the overview's rows: while batch work runs, the overall progress and count with Cancel, and a progress line
 * per file being worked on (ControlsFX's TaskProgressView); when it has ended, its summary until closed. Hidden when
 * neither; the rows above stay as they are.
 */
final class BatchPanel extends VBox {

    BatchPanel(ClientBatch batch, I18n i18n) {
        setId("batch-panel");
        setSpacing(8);
        setPadding(new Insets(8, 12, 8, 12));
        getStyleClass().add("batch-panel");

        Label title = new Label();
        title.setId("batch-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> batch.kind().get() == null ? ""
                : i18n.text("batch.running." + batch.kind().get().name(), batch.total().get()), batch.kind(), batch.total()));
        ProgressBar overall = new ProgressBar();
        overall.setId("batch-progress");
        overall.setPrefWidth(240);
        overall.progressProperty().bind(Bindings.createDoubleBinding(() -> batch.total().get() == 0 ? 0
                : (double) batch.finished().get() / batch.total().get(), batch.finished(), batch.total()));
        StringBinding countText = Bindings.createStringBinding(
                () -> i18n.text("batch.count", batch.finished().get(), batch.total().get()), batch.finished(), batch.total());
        overall.accessibleTextProperty().bind(Bindings.concat(title.textProperty(), " ", countText));
        Label count = new Label();
        count.setId("batch-count");
        count.textProperty().bind(countText);
        Button cancel = Controls.button("batch-cancel", i18n.text("batch.cancel"));
        cancel.setOnAction(e -> {
            batch.cancel();
            cancel.setDisable(true);
        });
        batch.running().addListener((o, was, now) -> cancel.setDisable(!now));
        HBox line = new HBox(10, title, overall, count, cancel);
        line.setAlignment(Pos.CENTER_LEFT);

        TaskProgressView<Task<?>> files = new TaskProgressView<>();
        files.setId("batch-tasks");
        files.setAccessibleText(i18n.text("batch.tasks"));
        files.setPrefHeight(150);
        files.setRetainTasks(false);
        batch.tasks().addListener((ListChangeListener<Task<?>>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    files.getTasks().addAll(c.getAddedSubList());
                }
            }
        });
        VBox progress = new VBox(6, line, files);
        progress.setId("batch-running");
        progress.visibleProperty().bind(batch.running());
        progress.managedProperty().bind(batch.running());

        Label counts = new Label();
        counts.setId("batch-summary-counts");
        counts.setWrapText(true);
        ListView<String> lines = new ListView<>();
        lines.setId("batch-summary-list");
        lines.setAccessibleText(i18n.text("batch.summary.list"));
        lines.setPrefHeight(150);
        // A finding is a sentence or two: wrapped to the list's width, never cut off at its right edge.
        lines.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(40));
                setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        Button close = Controls.button("batch-summary-close", i18n.text("batch.summary.close"));
        close.setOnAction(e -> batch.clearSummary());
        HBox top = new HBox(10, counts, close);
        HBox.setHgrow(counts, Priority.ALWAYS);
        counts.setMaxWidth(Double.MAX_VALUE);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox summary = new VBox(6, top, lines);
        summary.setId("batch-summary");
        batch.summary().addListener((o, was, now) -> {
            if (now != null) {
                String text = now.headline() != null ? now.headline()
                        : i18n.text("batch.done." + now.kind().name()) + " "
                        + i18n.text("batch.summary.counts", now.done(), now.skipped(), now.failed(),
                                now.cancelled());
                if (now.folder() != null && now.done() > 0) {
                    text += " " + i18n.text("batch.summary.folder", now.folder().toString());
                }
                counts.setText(text);
                counts.setAccessibleText(text);
                lines.getItems().setAll(now.lines());
                lines.setVisible(!now.lines().isEmpty());
                lines.setManaged(!now.lines().isEmpty());
            }
        });
        summary.visibleProperty().bind(batch.summary().isNotNull());
        summary.managedProperty().bind(batch.summary().isNotNull());

        getChildren().addAll(progress, summary);
        visibleProperty().bind(batch.running().or(batch.summary().isNotNull()));
        managedProperty().bind(visibleProperty());
    }
}
