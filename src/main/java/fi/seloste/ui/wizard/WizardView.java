package fi.seloste.ui.wizard;

import java.time.LocalDate;
import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.StepProgress;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;
import fi.seloste.ui.help.HelpWindow;

import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The wizard: steps on the left, the current step in the middle, Back and Next below. Any step any time. */
public final class WizardView extends BorderPane {

    private final NoticeEditor editor;
    private final I18n i18n;
    private final List<NoticeStep> order = Steps.order();
    private final ObjectProperty<NoticeStep> current = new SimpleObjectProperty<>(NoticeStep.CONTROLLER);
    private final ListView<NoticeStep> stepList = new ListView<>();
    private final List<InternalPage> internalPages;
    private final ObjectProperty<InternalPage> internalShown = new SimpleObjectProperty<>();
    private final ListView<InternalPage> internalList = new ListView<>();
    private final Label title = new Label();
    private final HBox registerBar = new HBox(8);
    private final ScrollPane page = new ScrollPane();
    private final ObjectProperty<StepProgress> marks = new SimpleObjectProperty<>();
    private final Label progress = ProgressLine.create();
    private final PauseTransition settle = new PauseTransition(Duration.millis(300));
    private final UndoBar undoBar;
    private final NoticePreview preview;

    public WizardView(NoticeEditor editor, I18n i18n) {
        this(editor, i18n, List.of());
    }

    /** The wizard with pages for the business's own use listed after the notice's steps, apart and marked internal. */
    public WizardView(NoticeEditor editor, I18n i18n, List<InternalPage> internalPages) {
        this.editor = editor;
        this.i18n = i18n;
        this.internalPages = List.copyOf(internalPages);
        setId("wizard");
        setLeft(withProgress(internalPages.isEmpty() ? stepList() : withInternalPages(stepList())));
        undoBar = new UndoBar(editor.removals(), i18n, () -> internalShown.get() == null ? current.get() : null, this::undone);
        undoBar.listenForShortcut(this);
        VBox main = new VBox(header(), undoBar, page, navigation());
        preview = new NoticePreview(editor, i18n);
        internalShown.addListener((o, before, now) -> preview.showRecord(now != null && now.previewsRecord()));
        SplitPane split = new SplitPane(main, preview);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(preview, false);
        setCenter(split);
        VBox.setVgrow(page, Priority.ALWAYS);
        page.setFitToWidth(true);
        page.setId("step-page");
        settle.setOnFinished(e -> updateMarks());
        editor.notice().addListener((o, before, now) -> settle.playFromStart());
        updateMarks();
        current.addListener((o, before, now) -> showFromTop());
        internalShown.addListener((o, before, now) -> showFromTop());
        editor.selectedRegisterId().addListener((o, before, now) -> {
            show();
            followInPreview();
        });
        editor.textLanguage().addListener((o, before, now) -> show());
        show();
        followInPreview();
    }

    /** Where the owner is: the step or internal page shown and how far down it is scrolled. */
    public WizardPlace place() {
        InternalPage internal = internalShown.get();
        return new WizardPlace(current.get(), internal == null ? null : internal.id(), page.getVvalue());
    }

    /** Shows the step or page of a place taken from an earlier view of the same file, scrolled as it was. */
    public void restore(WizardPlace place) {
        internalPages.stream().filter(p -> p.id().equals(place.internalPageId())).findFirst().ifPresentOrElse(
                p -> internalList.getSelectionModel().select(p), () -> goTo(place.step()));
        page.setVvalue(place.scroll());
    }

    /** A step (or internal page) newly chosen opens at its top, and the preview shows its part of the notice. */
    private void showFromTop() {
        show();
        page.setVvalue(page.getVmin());
        followInPreview();
    }

    private void followInPreview() {
        if (internalShown.get() == null) {
            preview.follow(current.get(), editor.selectedRegister().orElse(null));
        }
    }

    public NoticeEditor editor() {
        return editor;
    }

    public ObjectProperty<NoticeStep> currentStep() {
        return current;
    }

    /** The internal page shown in place of a step, or null while a step of the notice is shown. */
    public ObjectProperty<InternalPage> internalPageShown() {
        return internalShown;
    }

    private Node stepList() {
        stepList.setId("wizard-steps");
        stepList.setAccessibleText(i18n.text("wizard.steps"));
        stepList.getItems().setAll(order);
        stepList.setPrefWidth(290);
        stepList.setMinWidth(220);
        stepList.setCellFactory(list -> new ListCell<>() {
            // Each cell redraws its own mark: refreshing the list would recreate every cell after each edit, and a
            // click on a step landing while that happens would be lost.
            private final ChangeListener<StepProgress> markChanged = (o, before, now) -> showMark();

            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                marks.addListener(new WeakChangeListener<>(markChanged));
            }

            @Override
            protected void updateItem(NoticeStep step, boolean empty) {
                super.updateItem(step, empty);
                setText(empty || step == null ? null : (order.indexOf(step) + 1) + ". " + i18n.text("step." + step.name()));
                setId(empty || step == null ? null : "wizard-step-" + step.name());
                showMark();
            }

            private void showMark() {
                NoticeStep step = getItem();
                setGraphic(isEmpty() || step == null ? null : StepMark.of(marks.get() == null ? fi.seloste.domain.check.StepState.NOT_STARTED : marks.get().of(step), i18n));
            }
        });
        stepList.getSelectionModel().select(current.get());
        stepList.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                internalList.getSelectionModel().clearSelection();
                internalShown.set(null);
                current.set(now);
            }
        });
        return stepList;
    }

    private Node withProgress(Node steps) {
        progress.setPadding(new Insets(8, 12, 8, 12));
        VBox left = new VBox(progress, oldNoticeMarksCount(), steps);
        left.setPrefWidth(290);
        left.setMinWidth(220);
        VBox.setVgrow(steps, Priority.ALWAYS);
        return left;
    }

    /** The steps, then apart from them under "internal, not published" the internal pages. */
    private Node withInternalPages(Node steps) {
        Label caption = new Label(i18n.text("wizard.internal"));
        caption.setId("wizard-internal-caption");
        caption.setWrapText(true);
        caption.getStyleClass().add("internal-caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        internalList.setId("wizard-internal-pages");
        internalList.setAccessibleText(i18n.text("wizard.internal"));
        internalList.getItems().setAll(internalPages);
        internalList.getStyleClass().add("internal-pages");
        internalList.setPrefHeight(12 + 52.0 * internalPages.size());
        internalList.setMinHeight(Region.USE_PREF_SIZE);
        internalList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(InternalPage page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : i18n.text(page.titleKey() + ".short"));
                setId(empty || page == null ? null : "wizard-page-" + page.id());
            }
        });
        internalList.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                stepList.getSelectionModel().clearSelection();
                internalShown.set(now);
            }
        });
        VBox left = new VBox(steps, caption, internalList);
        left.setId("wizard-left");
        left.setPrefWidth(290);
        left.setMinWidth(220);
        VBox.setVgrow(steps, Priority.ALWAYS);
        return left;
    }

    /** Under the progress line while values from an old notice are still to check: how many, and a link to the list. */
    private Node oldNoticeMarksCount() {
        OldNoticeMarks marks = editor.oldNoticeMarks();
        Hyperlink count = new Hyperlink();
        count.setId("old-notice-marks-count");
        count.setWrapText(true);
        count.getStyleClass().add("severity-warning");
        count.setPadding(new Insets(0, 12, 8, 12));
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.text("oldnotice.marks.count", marks.fieldsToCheck().get()), marks.fieldsToCheck()));
        count.accessibleTextProperty().bind(count.textProperty());
        count.visibleProperty().bind(marks.fieldsToCheck().greaterThan(0));
        count.managedProperty().bind(count.visibleProperty());
        count.setOnAction(e -> {
            goTo(NoticeStep.REVIEW);
            javafx.scene.Node list = page.getContent() == null ? null : page.getContent().lookup("#review-old-notice-marks");
            if (list != null) {
                ScrollIntoView.reveal(list);
            }
        });
        return count;
    }

    /**
     * Shows the step with the field a mark from an old notice is on (its register chosen first) and puts the focus in
     * the field: the review's links and the list of sentences not placed use it.
     */
    public void goToField(fi.seloste.domain.FromOldNotice mark) {
        fi.seloste.domain.PlacedFieldKey field = mark.field();
        if (field.registerId() != null && field.field().step() != NoticeStep.REGISTERS
                && editor.register(field.registerId()).isPresent()) {
            editor.selectedRegisterId().set(field.registerId());
        }
        if (current.get() == field.field().step() && internalShown.get() == null) {
            show();
        } else {
            goTo(field.field().step());
        }
        MarkPlaces.focus(page.getContent(), editor, mark);
    }

    /** Each step's state, for the marks in the step list and the progress line above it. */
    private void updateMarks() {
        StepProgress now = StepProgress.of(editor.current(), new CompletenessCheck().check(editor.current(), LocalDate.now()));
        if (!now.equals(marks.get())) {
            marks.set(now);
            progress.setText(ProgressLine.text(now, i18n));
        }
    }

    private Node header() {
        title.setId("step-title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        // A long title (the record's) wraps to a second line rather than ending in "…".
        title.setMinHeight(Region.USE_PREF_SIZE);
        registerBar.setId("register-bar");
        registerBar.setAlignment(Pos.CENTER_LEFT);
        // A long register name keeps its whole width: the gap before the language switch gives way instead.
        registerBar.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox second = new HBox(12, registerBar, gap, textLanguageSwitch());
        second.setAlignment(Pos.CENTER_LEFT);
        HBox first = new HBox(12, title, stepHelpButton());
        first.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        VBox header = new VBox(8, first, second);
        header.setPadding(new Insets(20, 32, 8, 32));
        return header;
    }

    /** Opens the help page of the step (or internal page's guide) shown, as F1 does. */
    private Node stepHelpButton() {
        Button help = Controls.button("step-help", i18n.text("wizard.help"));
        help.setAccessibleText(i18n.text("wizard.help.accessible"));
        help.setTooltip(new javafx.scene.control.Tooltip(i18n.text("wizard.help.accessible")));
        help.setMinWidth(Region.USE_PREF_SIZE);
        help.setOnAction(e -> {
            HelpWindow window = HelpWindow.of(getScene().getWindow());
            if (internalShown.get() != null) {
                window.showGuide(i18n);
            } else {
                window.showStep(current.get(), i18n);
            }
        });
        return help;
    }

    private Node textLanguageSwitch() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(0);
        box.setId("text-language");
        box.setAlignment(Pos.CENTER_RIGHT);
        Label label = new Label(i18n.text("wizard.textLanguage"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(0, 8, 0, 0));
        box.getChildren().add(label);
        for (Language language : Language.values()) {
            ToggleButton button = new ToggleButton(language.tag().toUpperCase(java.util.Locale.ROOT));
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setId("text-language-" + language.tag());
            button.setAccessibleText(i18n.text("wizard.textLanguage") + " " + i18n.text("language." + language.tag()));
            button.setToggleGroup(group);
            button.setSelected(language == editor.textLanguage().get());
            button.setOnAction(e -> {
                button.setSelected(true);
                editor.textLanguage().set(language);
            });
            box.getChildren().add(button);
        }
        return box;
    }

    private Node navigation() {
        Button back = Controls.button("wizard-back", i18n.text("wizard.back"));
        back.setOnAction(e -> move(-1));
        back.disableProperty().bind(current.isEqualTo(order.get(0)).and(internalShown.isNull()));
        Button next = Controls.button("wizard-next", i18n.text("wizard.next"));
        next.getStyleClass().add("accent");
        next.setOnAction(e -> move(1));
        next.disableProperty().bind(internalPages.isEmpty()
                ? current.isEqualTo(order.get(order.size() - 1))
                : internalShown.isNotNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, back, gap, next);
        bar.setPadding(new Insets(10, 32, 14, 32));
        return bar;
    }

    private void move(int by) {
        if (internalShown.get() != null) {
            if (by < 0) {
                goTo(order.get(order.size() - 1));
            }
            return;
        }
        if (by > 0 && current.get() == order.get(order.size() - 1) && !internalPages.isEmpty()) {
            internalList.getSelectionModel().select(internalPages.get(0));
            return;
        }
        int index = order.indexOf(current.get()) + by;
        if (index >= 0 && index < order.size()) {
            goTo(order.get(index));
        }
    }

    private void goTo(NoticeStep step) {
        stepList.getSelectionModel().select(step);
        internalShown.set(null);
        current.set(step);
    }

    /** After an undo: the step (and register) the item came back to, so that the owner sees it. */
    private void undone(Removals.Removal removal) {
        if (removal.registerId() != null && editor.register(removal.registerId()).isPresent()) {
            editor.selectedRegisterId().set(removal.registerId());
        }
        goTo(removal.step());
        show();
        // The page was built again: without this the focus would be lost, and with it Ctrl+Z for the next removal.
        if (!undoBar.focusUndo()) {
            page.requestFocus();
        }
    }

    private void show() {
        undoBar.refresh();
        if (internalShown.get() != null) {
            showInternal(internalShown.get());
            return;
        }
        Step step = Steps.of(current.get());
        title.setText(i18n.text("step." + step.id().name()));
        fillRegisterBar(step.perRegister());
        Fields fields = new Fields(i18n, editor.textLanguage().get(), OldNoticeMark.OnPage.of(editor, i18n));
        Node content = step.perRegister() && editor.selectedRegister().isEmpty()
                ? noRegisterYet()
                : step.build(new StepContext(editor, fields, this::show, this::goTo));
        OldNoticeMark.placeTheRest(content);
        VBox box = new VBox(content);
        box.setId("step-" + step.id().name());
        box.getStyleClass().add("step");
        box.setPadding(new Insets(8, 32, 24, 32));
        page.setContent(box);
    }

    private void showInternal(InternalPage internal) {
        title.setText(i18n.text(internal.titleKey()));
        fillRegisterBar(internal.perRegister());
        Fields fields = new Fields(i18n, editor.textLanguage().get());
        VBox box = new VBox(internal.build(new StepContext(editor, fields, this::show, this::goTo)));
        box.setId("page-" + internal.id());
        box.getStyleClass().addAll("step", "internal-page");
        box.setPadding(new Insets(8, 32, 24, 32));
        page.setContent(box);
    }

    private void fillRegisterBar(boolean perRegister) {
        registerBar.getChildren().clear();
        registerBar.setVisible(perRegister);
        registerBar.setManaged(perRegister);
        if (!perRegister || editor.current().registers().isEmpty()) {
            return;
        }
        Fields fields = new Fields(i18n, editor.textLanguage().get());
        ComboBox<Register> chooser = fields.choice("register-chooser", "wizard.register",
                editor.current().registers(), editor.selectedRegister().orElse(null), r -> NoticeOutlineNames.name(r, fields),
                r -> editor.selectedRegisterId().set(r == null ? null : r.id()));
        chooser.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setMaxWidth(Region.USE_PREF_SIZE);
        Label label = Controls.labelFor(chooser, i18n.text("wizard.register"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        registerBar.getChildren().addAll(label, chooser);
    }

    private Node noRegisterYet() {
        Button go = Controls.button("wizard-go-registers", i18n.text("wizard.noRegister.go"));
        go.setOnAction(e -> goTo(NoticeStep.REGISTERS));
        return new VBox(12, new Label(i18n.text("wizard.noRegister")), go);
    }
}
