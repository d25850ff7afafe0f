package fi.seloste.ui.wizard;

import fi.seloste.domain.Language;
import fi.seloste.export.NoticeOutline;
import fi.seloste.export.Section;
import fi.seloste.ui.I18n;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The notice as it will read, in the language being written, updated a moment after the owner stops typing. */
final class NoticePreview extends VBox {

    private final NoticeEditor editor;
    private final VBox page = new VBox(6);
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));

    NoticePreview(NoticeEditor editor, I18n i18n) {
        this.editor = editor;
        setId("preview");
        getStyleClass().add("preview");
        Label title = new Label(i18n.text("preview.title"));
        title.getStyleClass().add("title-4");
        title.setPadding(new Insets(12, 16, 4, 16));
        page.setId("preview-page");
        page.setPadding(new Insets(8, 16, 24, 16));
        page.getStyleClass().add("preview-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        settle.setOnFinished(e -> render());
        editor.notice().addListener((o, before, now) -> settle.playFromStart());
        editor.textLanguage().addListener((o, before, now) -> render());
        render();
    }

    private void render() {
        Language language = editor.textLanguage().get();
        page.getChildren().clear();
        for (Section section : NoticeOutline.of(editor.current(), language)) {
            add(section, 1);
        }
    }

    private void add(Section section, int level) {
        Label heading = new Label(section.title());
        heading.setWrapText(true);
        heading.getStyleClass().add(level == 1 ? "preview-h1" : "preview-h2");
        page.getChildren().add(heading);
        for (Section.Block block : section.blocks()) {
            page.getChildren().add(render(block));
        }
        for (Section sub : section.subsections()) {
            add(sub, level + 1);
        }
    }

    private static Node render(Section.Block block) {
        if (block instanceof Section.Paragraph p) {
            Label text = new Label(p.text());
            text.setWrapText(true);
            return text;
        }
        VBox list = new VBox(2);
        for (String item : ((Section.Items) block).items()) {
            Label line = new Label("•  " + item);
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        return list;
    }
}
