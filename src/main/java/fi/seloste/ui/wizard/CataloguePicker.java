package fi.seloste.ui.wizard;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import fi.seloste.ui.Controls;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The systems catalogue to pick from by keyboard or mouse: typing filters, Down goes from the search into the list,
 * Enter adds the selected systems (or the only one found), several can be selected and added at once, and the
 * systems already added are marked and not added again.
 */
final class CataloguePicker extends VBox {

    private final Fields f;
    private final Predicate<CatalogueSystem> added;
    private final Consumer<List<CatalogueSystem>> add;
    private final ObservableList<CatalogueSystem> shown = FXCollections.observableArrayList(Catalogues.systems());
    private final TextField search;
    private final ListView<CatalogueSystem> list = new ListView<>(shown);
    private final Button addButton;
    private final Label confirmation = new Label();

    /** added tells which entries the register has already; add gets the entries chosen, none of them added before. */
    CataloguePicker(Fields f, Predicate<CatalogueSystem> added, Consumer<List<CatalogueSystem>> add) {
        super(6);
        this.f = f;
        this.added = added;
        this.add = add;
        search = Controls.textField("systems-search", f.i18n().text("systems.search"), f.i18n().text("systems.search.prompt"));
        search.textProperty().addListener((o, before, now) -> filter(now));
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::keyInSearch);
        search.setOnAction(e -> addFromSearch());
        list.setId("systems-catalogue");
        list.setAccessibleText(f.i18n().text("systems.catalogue"));
        list.setPrefHeight(180);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new CatalogueCell(v));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyInList);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addSelected();
            }
        });
        addButton = Controls.button("systems-add", f.i18n().text("systems.add"));
        addButton.setOnAction(e -> addSelected());
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CatalogueSystem>) c -> updateAddButton());
        updateAddButton();
        confirmation.setId("systems-added");
        confirmation.setWrapText(true);
        confirmation.getStyleClass().add("text-muted");
        confirmation.setManaged(false);
        getChildren().addAll(f.labelled("systems.search", search), list, confirmation);
    }

    /** The button that adds the systems selected, for the step to place beside its own. */
    Button addButton() {
        return addButton;
    }

    /** Says under the list what was just added, in the picker the scene shows now (the step was built again). */
    static void confirm(Scene scene, String message) {
        if (scene != null && scene.lookup("#systems-added") instanceof Label label) {
            label.setText(message);
            label.setManaged(true);
        }
    }

    private void filter(String typed) {
        shown.setAll(CatalogueSearch.matches(Catalogues.systems(), typed, f.i18n().language()));
    }

    private void keyInSearch(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
            e.consume();
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().select(0);
            }
            list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
            list.requestFocus();
        }
    }

    private void keyInList(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            addSelected();
        } else if (e.getCode() == KeyCode.UP && list.getFocusModel().getFocusedIndex() <= 0 && !e.isShiftDown()) {
            e.consume();
            search.requestFocus();
        }
    }

    /** Enter in the search: the systems selected, or the one system found. */
    private void addFromSearch() {
        if (!list.getSelectionModel().isEmpty()) {
            addSelected();
        } else if (shown.size() == 1) {
            addAll(List.of(shown.get(0)));
        }
    }

    private void addSelected() {
        addAll(List.copyOf(list.getSelectionModel().getSelectedItems()));
    }

    private void addAll(List<CatalogueSystem> chosen) {
        List<CatalogueSystem> fresh = chosen.stream().filter(added.negate()).distinct().toList();
        if (!fresh.isEmpty()) {
            add.accept(fresh);
        }
    }

    private void updateAddButton() {
        long fresh = list.getSelectionModel().getSelectedItems().stream().filter(added.negate()).count();
        String text = fresh > 1 ? f.i18n().text("systems.addSelected", fresh) : f.i18n().text("systems.add");
        addButton.setText(text);
        addButton.setAccessibleText(text);
        addButton.setDisable(fresh == 0);
    }

    /** One entry: its name and use, and "✓ added" once the register has it. */
    private final class CatalogueCell extends ListCell<CatalogueSystem> {

        CatalogueCell(ListView<CatalogueSystem> view) {
            prefWidthProperty().bind(view.widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(CatalogueSystem s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            Language language = f.i18n().language();
            String text = s.name(language) + " — " + s.usedFor().in(language);
            if (added.test(s)) {
                text = f.i18n().text("systems.catalogue.added") + " " + text;
            }
            setText(text);
            setAccessibleText(text);
        }
    }
}
