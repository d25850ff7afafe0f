package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.NoticeOutline;
import fi.seloste.export.Section;
import fi.seloste.export.record.RecordContent;
import fi.seloste.export.record.RecordItem;
import fi.seloste.export.record.RecordRegister;
import fi.seloste.ui.I18n;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The notice as it will read, in the language being written, updated a moment after the owner stops typing; while
 * the record of processing is being filled in, the record instead (the same content its export prints), under a
 * title that says it is internal.
 */
final class NoticePreview extends VBox {

    private final NoticeEditor editor;
    private final VBox page = new VBox(6);
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private final I18n i18n;
    private final Label title = new Label();
    private final ScrollPane scroll;
    private final List<ShownSection> shown = new ArrayList<>();
    private boolean record;
    private NoticeStep followed;
    private Register followedRegister;

    NoticePreview(NoticeEditor editor, I18n i18n) {
        this.editor = editor;
        this.i18n = i18n;
        setId("preview");
        getStyleClass().add("preview");
        title.setId("preview-title");
        title.setText(i18n.text("preview.title"));
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("title-4");
        title.setPadding(new Insets(12, 16, 4, 16));
        page.setId("preview-page");
        page.setPadding(new Insets(8, 16, 24, 16));
        page.getStyleClass().add("preview-page");
        scroll = new ScrollPane(page);
        scroll.setId("preview-scroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        settle.setOnFinished(e -> render());
        editor.notice().addListener((o, before, now) -> settle.playFromStart());
        editor.record().addListener((o, before, now) -> {
            if (record) {
                settle.playFromStart();
            }
        });
        editor.textLanguage().addListener((o, before, now) -> {
            render();
            scrollToFollowed();
        });
        // The notice is laid out after the wizard's first view: the step the owner types into comes first, the
        // preview one layout pass later (it was about 0.2 s of a cold start's first layout on two cores).
        afterNextLayout(() -> {
            render();
            scrollToFollowed();
        });
    }

    /** Scrolls to the section the step writes (of this register, for a step about one), and keeps to it. */
    void follow(NoticeStep step, Register register) {
        followed = step;
        followedRegister = register;
        scrollToFollowed();
    }

    private void scrollToFollowed() {
        if (followed == null || record) {
            return;
        }
        // The headings have their places only after a layout pass. Waiting for the next one, rather than forcing one
        // here, lays the notice out once and at its real width: a forced pass before the window has placed the
        // preview wraps every paragraph at a width it will not have (at start, a second layout of the whole notice).
        afterNextLayout(() -> {
            double content = page.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            Label target = PreviewTarget.of(shown, followed, followedRegister, editor.textLanguage().get());
            if (target == null || content <= viewport) {
                scroll.setVvalue(0);
                return;
            }
            double y = page.sceneToLocal(target.localToScene(0, 0)).getY() - 4;
            scroll.setVvalue(Math.max(0, Math.min(1, y / (content - viewport))));
        });
    }

    /** Runs the action once, after the next layout pass of the scene this preview is (or will be) shown in. */
    private void afterNextLayout(Runnable action) {
        javafx.scene.Scene scene = getScene();
        if (scene == null) {
            sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                        javafx.scene.Scene before, javafx.scene.Scene now) {
                    if (now != null) {
                        sceneProperty().removeListener(this);
                        afterNextLayout(action);
                    }
                }
            });
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    /** Shows the record of processing (true) or the notice (false). */
    void showRecord(boolean showRecord) {
        if (showRecord != record) {
            record = showRecord;
            title.setText(i18n.text(record ? "preview.record.title" : "preview.title"));
            page.setId(record ? "preview-record" : "preview-page");
            render();
        }
    }

    private void render() {
        Language language = editor.textLanguage().get();
        page.getChildren().clear();
        shown.clear();
        if (record) {
            renderRecord(RecordContent.of(editor.current(), editor.currentRecord(), language, NoticeMeta.NONE));
            return;
        }
        for (Section section : NoticeOutline.of(editor.current(), language)) {
            shown.add(add(section, 1));
        }
    }

    private ShownSection add(Section section, int level) {
        Label heading = new Label(section.title());
        heading.setWrapText(true);
        heading.getStyleClass().add(level == 1 ? "preview-h1" : "preview-h2");
        page.getChildren().add(heading);
        for (Section.Block block : section.blocks()) {
            Node rendered = render(block);
            if (rendered != null) {
                page.getChildren().add(rendered);
            }
        }
        List<ShownSection> parts = new ArrayList<>();
        for (Section sub : section.subsections()) {
            parts.add(add(sub, level + 1));
        }
        return new ShownSection(section.title(), heading, parts);
    }

    private void renderRecord(RecordContent content) {
        heading(content.title(), "preview-h1");
        page.getChildren().add(paragraph(content.intro()));
        heading(content.controllerHeading(), "preview-h1");
        content.controller().forEach(this::add);
        for (RecordRegister register : content.registers()) {
            heading(register.name(), "preview-h1");
            register.items().forEach(this::add);
        }
    }

    private void add(RecordItem item) {
        heading(item.label(), "preview-h2");
        item.lines().forEach(line -> page.getChildren().add(paragraph(line)));
    }

    private void heading(String text, String style) {
        Label heading = new Label(text);
        heading.setWrapText(true);
        heading.getStyleClass().add(style);
        page.getChildren().add(heading);
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Node render(Section.Block block) {
        if (block instanceof Section.Paragraph p) {
            Label text = new Label(p.text());
            text.setWrapText(true);
            return text;
        }
        VBox list = new VBox(2);
        for (String item : ((Section.Items) block).items()) {
            if (item.isBlank()) {
                continue;
            }
            Label line = new Label("•  " + item);
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        return list.getChildren().isEmpty() ? null : list;
    }
}
