package fi.seloste.ui.wizard;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Säilytysaika: how long data is kept, per kind of data or as criteria (Art. 13(2)(a)). */
final class RetentionStep extends RegisterStep {

    @Override
    public NoticeStep id() {
        return NoticeStep.RETENTION;
    }


    @Override
    Node build(StepContext context, Register register) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        VBox content = new VBox(12, f.help("retention.intro"));
        for (int i = 0; i < register.retention().size(); i++) {
            content.getChildren().add(ruleCard(context, register.retention().get(i), i));
        }
        Button add = Controls.button("retention-add", f.i18n().text("retention.add"));
        add.setOnAction(e -> {
            editor.changeSelectedRegister(b -> b.retention(Lists.add(register.retention(),
                    new RetentionRule(LocalizedText.EMPTY, RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 2, LocalizedText.EMPTY))));
            context.rebuild().run();
        });
        content.getChildren().add(add);
        return content;
    }

    private Node ruleCard(StepContext context, RetentionRule rule, int index) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        String id = "retention-" + index;
        GridPane form = Fields.form();
        f.row(form, "retention.appliesTo", f.localized(id + "-applies-to", "retention.appliesTo", TextLimit.NAME, rule.appliesTo(), false,
                v -> change(editor, index, r -> new RetentionRule(v, r.criterion(), r.years(), r.details()))));
        f.row(form, "retention.criterion", f.choice(id + "-criterion", "retention.criterion", Arrays.asList(RetentionCriterion.values()),
                rule.criterion(), f::enumLabel, v -> {
                    change(editor, index, r -> new RetentionRule(r.appliesTo(), v, v.takesYears() ? yearsOr(r, 2) : null, r.details()));
                    context.rebuild().run();
                }));
        if (rule.criterion().takesYears()) {
            TextField years = f.text(id + "-years", "retention.years", String.valueOf(yearsOr(rule, 2)), typed ->
                    Validation.wholeYears(typed).ifPresent(value ->
                            change(editor, index, r -> new RetentionRule(r.appliesTo(), r.criterion(), value, r.details()))));
            years.setPrefColumnCount(4);
            f.row(form, "retention.years", Validation.checked(years, t -> Validation.wholeYears(t).isPresent()
                    ? java.util.Optional.empty() : java.util.Optional.of("validation.years"), f));
        }
        String detailsKey = rule.criterion().needsDetails() ? "retention.details.required" : "retention.details";
        var details = f.localized(id + "-details", detailsKey, TextLimit.TEXT, rule.details(), true,
                v -> change(editor, index, r -> new RetentionRule(r.appliesTo(), r.criterion(), r.years(), v)));
        f.row(form, detailsKey, details);
        if (rule.criterion().needsDetails()) {
            Label help = f.help("retention.details.help");
            help.setId(id + "-details-help");
            details.setAccessibleHelp(help.getText());
            form.add(help, 1, form.getRowCount());
        }
        Button remove = removeButton(context, id + "-remove", new ItemList<>(Register::retention, Register.Builder::retention),
                list -> index, r -> removedMessage(f, r.appliesTo(), "undo.unnamed.retention"));
        return Fields.card(id, form, remove);
    }

    private static int yearsOr(RetentionRule rule, int fallback) {
        return rule.years() == null ? fallback : rule.years();
    }

    private static void change(NoticeEditor editor, int index, UnaryOperator<RetentionRule> change) {
        editor.changeSelectedRegister(b -> b.retention(Lists.replace(editor.selectedRegister().orElseThrow().retention(), index, change)));
    }
}
