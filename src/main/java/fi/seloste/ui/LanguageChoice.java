package fi.seloste.ui;

import java.util.Collection;

import fi.seloste.domain.Language;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Language:" and one radio button per language, one always chosen: where a print asks which language to print. */
public final class LanguageChoice {

    private final ToggleGroup group = new ToggleGroup();
    private final VBox node;

    /** @param idPrefix the buttons' ids are idPrefix-fi, idPrefix-sv, idPrefix-en */
    public LanguageChoice(String idPrefix, Collection<Language> languages, Language preselected, I18n i18n) {
        HBox choices = new HBox(16);
        for (Language language : languages) {
            String text = i18n.text("language." + language.tag());
            RadioButton choice = new RadioButton(text);
            choice.setId(idPrefix + "-" + language.tag());
            choice.setAccessibleText(i18n.text("print.language") + ": " + text);
            choice.setUserData(language);
            choice.setToggleGroup(group);
            choice.setSelected(language == preselected);
            choices.getChildren().add(choice);
        }
        if (group.getSelectedToggle() == null) {
            group.selectToggle(group.getToggles().get(0));
        }
        // A radio button clicked again would leave none chosen.
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            }
        });
        Label heading = new Label(i18n.text("print.language"));
        heading.setLabelFor(choices.getChildren().get(0));
        node = new VBox(10, heading, choices);
    }

    public VBox node() {
        return node;
    }

    public Language chosen() {
        return (Language) group.getSelectedToggle().getUserData();
    }

    /** Runs when another language is chosen. */
    public void onChange(Runnable change) {
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now != null) {
                change.run();
            }
        });
    }
}
