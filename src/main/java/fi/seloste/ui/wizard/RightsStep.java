package fi.seloste.ui.wizard;

import fi.seloste.catalogue.AuthorityContact;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.TextLimit;
import fi.seloste.export.NoticeOutline;
import fi.seloste.export.Section;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Rekisteröidyn oikeudet: the rights that apply follow from the legal bases chosen and are written by Seloste;
 * the owner adds how to use them. The complaint authority's contact block comes from one data file.
 */
final class RightsStep implements Step {

    @Override
    public NoticeStep id() {
        return NoticeStep.RIGHTS;
    }

    @Override
    public Node build(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Language language = f.textLanguage();
        VBox rights = new VBox(4);
        rights.setId("rights-generated");
        rights.getStyleClass().add("item-card");
        rights.setPadding(new javafx.geometry.Insets(12));
        java.util.List<Section> outline = NoticeOutline.of(editor.current(), language);
        Section section = outline.get(outline.size() - 1);
        for (Section.Block block : section.blocks()) {
            if (block instanceof Section.Paragraph p) {
                rights.getChildren().add(wrapped(p.text()));
            } else {
                ((Section.Items) block).items().forEach(item -> rights.getChildren().add(wrapped("•  " + item)));
            }
        }
        AuthorityContact authority = Catalogues.authority();
        Label instructionsHelp = f.help("rights.instructions.help");
        instructionsHelp.setId("rights-instructions-help");
        var instructions = f.localized("rights-instructions", "rights.instructions", TextLimit.TEXT,
                editor.current().settings().rightsInstructions(), true,
                v -> editor.changeSettings(s -> SettingsChanges.rightsInstructions(s, v)));
        instructions.setAccessibleHelp(instructionsHelp.getText());
        return new VBox(12, f.help("rights.intro"), rights, f.labelled("rights.instructions", instructions),
                instructionsHelp,
                f.help("rights.authorityChecked", fi.seloste.ui.Dates.format(authority.checkedOn())));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
