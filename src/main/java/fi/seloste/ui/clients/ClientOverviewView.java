package fi.seloste.ui.clients;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.controlsfx.control.table.TableFilter;

import fi.seloste.clients.ReviewDue;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The client overview: one row per client file in the chosen folders, with a search over every text column, "reviews
 * due" to see only those overdue or due within 30 days, ControlsFX column filters, and sorting by any column.
 * Enter or a double click opens the client file in the main window.
 */
public final class ClientOverviewView extends BorderPane {

    /** What the overview asks the main window to do. */
    public interface Actions {
        void open(Path clientFile);

        void reveal(Path clientFile);

        void addFolder();

        void newClientFrom(ClientRow model);
    }

    private final ClientOverviewModel model;
    private final I18n i18n;
    private final Actions actions;
    private final ClientBatch batch;
    private final TableView<ClientRow> table = new TableView<>();
    private final TextField search;
    private final CheckBox reviewsDue;
    private final FilteredList<ClientRow> shown;

    public ClientOverviewView(ClientOverviewModel model, I18n i18n, Actions actions) {
        this(model, i18n, actions, null);
    }

    /** With the batch work (export, validate, print many files) in the toolbar's Batch menu and a panel below. */
    ClientOverviewView(ClientOverviewModel model, I18n i18n, Actions actions, ClientBatch batch) {
        this.model = model;
        this.i18n = i18n;
        this.actions = actions;
        this.batch = batch;
        setId("client-overview");
        search = Controls.textField("clients-search", i18n.text("clients.search"), i18n.text("clients.search.prompt"));
        reviewsDue = new CheckBox(i18n.text("clients.reviewsDue"));
        reviewsDue.setId("clients-reviews-due");
        reviewsDue.setAccessibleText(i18n.text("clients.reviewsDue"));
        shown = new FilteredList<>(model.rows());
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = search.getText().strip().toLowerCase(Locale.ROOT);
            boolean dueOnly = reviewsDue.isSelected();
            return row -> row.matches(text) && (!dueOnly || row.due().needsAttention());
        }, search.textProperty(), reviewsDue.selectedProperty()));
        setTop(toolbar());
        setCenter(table());
        setBottom(batch == null ? statusLine() : new javafx.scene.layout.VBox(new BatchPanel(batch, i18n), statusLine()));
    }

    /** For tests: the batch work, to hold a file at a known document. */
    ClientBatch batch() {
        return batch;
    }

    /** Shows only the reviews overdue or due within 30 days (the reminder's link), or every client again. */
    public void showReviewsDueOnly(boolean only) {
        reviewsDue.setSelected(only);
    }

    TableView<ClientRow> tableView() {
        return table;
    }

    private VBox toolbar() {
        Button addFolder = Controls.button("clients-add-folder", i18n.text("clients.addFolder"));
        addFolder.setOnAction(e -> actions.addFolder());
        MenuButton folders = new MenuButton(i18n.text("clients.folders"));
        folders.setId("clients-folders");
        folders.setAccessibleText(i18n.text("clients.folders"));
        fillFolders(folders);
        model.folders().addListener((ListChangeListener<Path>) c -> fillFolders(folders));
        Button refresh = Controls.button("clients-refresh", i18n.text("clients.refresh"));
        refresh.setOnAction(e -> model.rescan());
        refresh.disableProperty().bind(model.scanning());
        Button open = Controls.button("clients-open", i18n.text("clients.open"));
        open.setOnAction(e -> selected().ifPresent(row -> actions.open(row.file())));
        Button reveal = Controls.button("clients-reveal", i18n.text("clients.reveal"));
        reveal.setOnAction(e -> selected().ifPresent(row -> actions.reveal(row.file())));
        Button newFrom = Controls.button("clients-new-from", i18n.text("clients.newFrom"));
        newFrom.setOnAction(e -> selected().filter(ClientRow::readable).ifPresent(actions::newClientFrom));
        var nothingSelected = table.getSelectionModel().selectedItemProperty().isNull();
        open.disableProperty().bind(nothingSelected);
        reveal.disableProperty().bind(nothingSelected);
        newFrom.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected().map(r -> !r.readable()).orElse(true), table.getSelectionModel().selectedItemProperty()));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setPrefWidth(280);
        search.setMinWidth(160);
        // Two rows, so the Finnish and Swedish labels fit a small laptop's screen: finding files, then acting on them.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox find = new HBox(8, Controls.labelFor(search, i18n.text("clients.search")), search, reviewsDue, gap, folders,
                addFolder, refresh);
        HBox act = new HBox(8, open, reveal, newFrom);
        if (batch != null) {
            act.getChildren().add(batchMenu());
        }
        VBox bar = new VBox(6, find, act);
        for (HBox row : List.of(find, act)) {
            row.setAlignment(Pos.CENTER_LEFT);
            for (var node : row.getChildren()) {
                if (node instanceof Region r && node != search && node != gap) {
                    r.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /** Batch: export the selected or all the files shown, check them all, print the signed versions of the selected. */
    private MenuButton batchMenu() {
        MenuButton menu = new MenuButton(i18n.text("clients.batch"));
        menu.setId("clients-batch");
        menu.setAccessibleText(i18n.text("clients.batch"));
        MenuItem exportSelected = batchItem("clients-batch-export-selected", "clients.batch.exportSelected");
        exportSelected.setOnAction(e -> export(selectedFiles()));
        MenuItem exportAll = batchItem("clients-batch-export-all", "clients.batch.exportAll");
        exportAll.setOnAction(e -> export(shownFiles()));
        MenuItem validateAll = batchItem("clients-batch-validate-all", "clients.batch.validateAll");
        validateAll.setOnAction(e -> batch.validate(shownFiles()));
        MenuItem print = batchItem("clients-batch-print", "clients.batch.print");
        print.setOnAction(e -> {
            List<Path> files = selectedFiles();
            BatchDialogs.printLanguage(getScene().getWindow(), i18n, files.size())
                    .ifPresent(language -> batch.print(files, language));
        });
        var noneSelected = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        exportSelected.disableProperty().bind(noneSelected);
        print.disableProperty().bind(noneSelected);
        exportAll.disableProperty().bind(Bindings.isEmpty(shown));
        validateAll.disableProperty().bind(Bindings.isEmpty(shown));
        menu.getItems().addAll(exportSelected, exportAll, validateAll, print);
        menu.disableProperty().bind(batch.running());
        return menu;
    }

    private MenuItem batchItem(String id, String key) {
        MenuItem item = new MenuItem(i18n.text(key));
        item.setId(id);
        item.setMnemonicParsing(false);
        return item;
    }

    private void export(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        BatchDialogs.export(getScene().getWindow(), i18n, files.size(), files.get(0).toAbsolutePath().getParent())
                .ifPresent(plan -> batch.export(files, plan));
    }

    private List<Path> selectedFiles() {
        return List.copyOf(table.getSelectionModel().getSelectedItems()).stream().map(ClientRow::file).toList();
    }

    /** The rows shown, in the order shown (the search, the filters and the sorting as they are). */
    private List<Path> shownFiles() {
        return List.copyOf(table.getItems()).stream().map(ClientRow::file).toList();
    }

    private void fillFolders(MenuButton button) {
        button.getItems().clear();
        int index = 0;
        for (Path folder : model.folders()) {
            MenuItem remove = new MenuItem(i18n.text("clients.removeFolder", folder.toString()));
            remove.setId("clients-remove-folder-" + index++);
            remove.setMnemonicParsing(false);
            remove.setOnAction(e -> model.removeFolder(folder));
            button.getItems().add(remove);
        }
        button.setDisable(button.getItems().isEmpty());
    }

    private TableView<ClientRow> table() {
        table.setId("clients-table");
        table.setAccessibleText(i18n.text("clients.table"));
        table.setPlaceholder(new Label(i18n.text("clients.empty")));
        // Unconstrained: every column keeps a width its header and values can be read in; the table scrolls sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(width(text("clients-col-file", "clients.col.file", ClientRow::name), 200));
        table.getColumns().add(width(text("clients-col-client", "clients.col.client", ClientRow::client), 190));
        table.getColumns().add(width(text("clients-col-business-id", "clients.col.businessId", ClientRow::businessId), 100));
        // A file that cannot be read says why in its status: where the eye looks for what is wrong with a client.
        table.getColumns().add(width(text("clients-col-status", "clients.col.status", ClientRow::status), 230));
        table.getColumns().add(width(reviewColumn(), 200));
        table.getColumns().add(width(number("clients-col-errors", "clients.col.errors", ClientRow::errors), 90));
        table.getColumns().add(width(number("clients-col-warnings", "clients.col.warnings", ClientRow::warnings), 110));
        table.getColumns().add(width(signOffColumn(), 230));
        table.getColumns().add(width(number("clients-col-catalogue", "clients.col.catalogue", ClientRow::catalogueUpdates), 110));
        table.setItems(shown);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        TableFilter.forTableView(table).lazy(true).apply();
        KeptSelection.keep(table, ClientRow::file);
        table.setRowFactory(t -> {
            TableRow<ClientRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ClientRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("client-problem");
                    if (!empty && item != null && !item.readable()) {
                        getStyleClass().add("client-problem");
                    }
                    setAccessibleText(empty || item == null ? null : accessibleText(item));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.open(row.getItem().file());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(row -> actions.open(row.file()));
                e.consume();
            }
        });
        return table;
    }

    private static <T> TableColumn<ClientRow, T> width(TableColumn<ClientRow, T> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        return column;
    }

    private String accessibleText(ClientRow row) {
        return row.readable()
                ? i18n.text("clients.row", row.name(), row.client(), row.status(), row.errors(), row.warnings(),
                        reviewText(row))
                : i18n.text("clients.row.problem", row.name(), row.problem());
    }

    private TableColumn<ClientRow, String> text(String id, String key, Function<ClientRow, String> value) {
        TableColumn<ClientRow, String> column = new TableColumn<>(i18n.text(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private TableColumn<ClientRow, Integer> number(String id, String key, Function<ClientRow, Integer> value) {
        TableColumn<ClientRow, Integer> column = new TableColumn<>(i18n.text(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().readable() ? value.apply(c.getValue()) : null));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private TableColumn<ClientRow, Instant> signOffColumn() {
        TableColumn<ClientRow, Instant> column = new TableColumn<>(i18n.text("clients.col.lastSignOff"));
        column.setId("clients-col-last-sign-off");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastSignedAt()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                ClientRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : row.lastSignOff());
            }
        });
        return column;
    }

    private TableColumn<ClientRow, LocalDate> reviewColumn() {
        TableColumn<ClientRow, LocalDate> column = new TableColumn<>(i18n.text("clients.col.reviewDue"));
        column.setId("clients-col-review-due");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reviewDue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("review-overdue", "review-soon");
                ClientRow row = empty ? null : getTableRow().getItem();
                if (row == null || item == null) {
                    setText(null);
                    return;
                }
                setText(reviewText(row));
                if (row.due() == ReviewDue.OVERDUE) {
                    getStyleClass().add("review-overdue");
                } else if (row.due() == ReviewDue.SOON) {
                    getStyleClass().add("review-soon");
                }
            }
        });
        return column;
    }

    /** The date, and in words whether it is overdue or near: not by colour alone. */
    private String reviewText(ClientRow row) {
        if (row.reviewDue() == null) {
            return "";
        }
        String date = ClientRows.DATE.format(row.reviewDue());
        return switch (row.due()) {
            case OVERDUE -> i18n.text("clients.review.overdue", date);
            case SOON -> i18n.text("clients.review.soon", date);
            default -> date;
        };
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("clients-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String counts = model.scanning().get() ? i18n.text("clients.scanning")
                    : i18n.text("clients.count", table.getItems().size(), model.rows().size());
            String message = model.message().get();
            return message == null ? counts : counts + "  " + message;
        }, model.scanning(), model.message(), model.rows(), table.getItems()));
        status.setWrapText(true);
        HBox line = new HBox(status);
        line.setPadding(new Insets(6, 12, 6, 12));
        return line;
    }

    private Optional<ClientRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
