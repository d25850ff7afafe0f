package fi.seloste.ui.shell;

import fi.seloste.domain.NoticeStep;
import fi.seloste.ui.ClientSession;
import fi.seloste.ui.Controls;
import fi.seloste.ui.I18n;
import fi.seloste.ui.ProblemText;
import fi.seloste.ui.oldnotice.LeftoversPanel;
import fi.seloste.ui.record.RecordPage;
import fi.seloste.ui.wizard.NoticeEditor;
import fi.seloste.ui.wizard.WizardPlace;
import fi.seloste.ui.wizard.WizardView;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content: menus, a problem banner, the open client file (or the welcome page), the status. */
final class MainView extends BorderPane {

    private final ShellViewModel model;
    private final I18n i18n;
    private final ShellMenus.ShellActions actions;
    private final StackPane content = new StackPane();
    private final Label problemText = new Label();
    private final HBox banner;
    private WizardView wizard;
    /** Where to put the owner in the first wizard this view shows: where she was before the language changed. */
    private WizardPlace placeToRestore;

    MainView(ShellViewModel model, I18n i18n, ShellMenus.ShellActions actions) {
        this(model, i18n, actions, null);
    }

    MainView(ShellViewModel model, I18n i18n, ShellMenus.ShellActions actions, WizardPlace place) {
        this.model = model;
        this.placeToRestore = place;
        this.i18n = i18n;
        this.actions = actions;
        setId("main-view");
        banner = problemBanner();
        setTop(new VBox(new ShellMenus(model, i18n, actions).build(), banner, new RenameOfferBanner(model, i18n)));
        setCenter(content);
        setBottom(new StatusBar(model, i18n));

        model.editor().addListener((o, before, now) -> showContent());
        model.problem().addListener((o, before, now) -> showProblem());
        model.info().addListener((o, before, now) -> showProblem());
        model.busy().addListener((o, before, now) -> showContent());
        ChangeListener<Throwable> saveProblem = (o, before, now) -> showProblem();
        model.session().addListener((o, before, now) -> {
            if (before != null) {
                before.saveProblem().removeListener(saveProblem);
            }
            if (now != null) {
                now.saveProblem().addListener(saveProblem);
            }
            showProblem();
        });
        if (model.session().get() != null) {
            model.session().get().saveProblem().addListener(saveProblem);
        }
        showContent();
        showProblem();
    }

    /** A banner of another feature (the review reminder) under the others. */
    void addBanner(javafx.scene.Node other) {
        ((VBox) getTop()).getChildren().add(other);
    }

    /** Where the owner is in the wizard, or null when no client file is open. */
    WizardPlace wizardPlace() {
        return wizard == null ? null : wizard.place();
    }

    /** A wizard for each client file opened; exporting, printing or a failed open leave the one shown as it is. */
    private void showContent() {
        NoticeEditor editor = model.editor().get();
        if (editor == null) {
            wizard = null;
            content.getChildren().setAll(model.busy().get() ? new Label(i18n.text("status.opening")) : new WelcomePane(model, i18n, actions));
            return;
        }
        if (wizard != null && wizard.editor() == editor) {
            return;
        }
        wizard = new WizardView(editor, i18n, java.util.List.of(new RecordPage()));
        if (placeToRestore != null) {
            wizard.restore(placeToRestore);
            placeToRestore = null;
        }
        content.getChildren().setAll(LeftoversPanel.beside(wizard, editor.session(), model.oldNoticeLeftovers(), i18n));
    }

    /** The wizard step on screen, for F1; empty on the welcome page or an internal page. */
    java.util.Optional<NoticeStep> stepShown() {
        return wizard == null || wizard.internalPageShown().get() != null
                ? java.util.Optional.empty() : java.util.Optional.of(wizard.currentStep().get());
    }

    private void showProblem() {
        ClientSession session = model.session().get();
        String text = model.problem().get();
        if (text == null && session != null && session.saveProblem().get() != null) {
            text = i18n.text("problem.notSaved", ProblemText.of(session.saveProblem().get(), i18n));
        }
        boolean isInfo = text == null && model.info().get() != null;
        if (isInfo) {
            text = model.info().get();
        }
        banner.getStyleClass().remove("info-banner");
        if (isInfo) {
            banner.getStyleClass().add("info-banner");
        }
        problemText.setText(text == null ? "" : text);
        banner.setVisible(text != null);
        banner.setManaged(text != null);
    }

    private HBox problemBanner() {
        problemText.setId("problem-text");
        problemText.setWrapText(true);
        problemText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(problemText, Priority.ALWAYS);
        Button recover = Controls.button("problem-recover", i18n.text("problem.recover"));
        recover.setOnAction(e -> model.recoverIntoCopy());
        recover.visibleProperty().bind(model.recoverable().isNotNull());
        recover.managedProperty().bind(recover.visibleProperty());
        Button openFolder = Controls.button("problem-open-folder", i18n.text("export.openFolder"));
        openFolder.setOnAction(e -> model.openFolder());
        openFolder.visibleProperty().bind(model.openableFolder().isNotNull().and(model.problem().isNull()));
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        openFolder.setMinWidth(Region.USE_PREF_SIZE);
        Button dismiss = Controls.button("problem-dismiss", i18n.text("problem.dismiss"));
        dismiss.setOnAction(e -> model.dismissProblem());
        // The message wraps; the buttons keep their whole labels.
        recover.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(12, problemText, recover, openFolder, dismiss);
        box.setId("problem-banner");
        box.getStyleClass().add("problem-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(10, 16, 10, 16));
        return box;
    }
}
