package fi.seloste.ui.wizard;

import java.util.Arrays;
import java.util.List;

import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Käsittelyn tarkoitus ja oikeusperuste: each purpose with its Art. 6(1) basis, explained in plain words. */
final class PurposesStep extends RegisterStep {

    @Override
    public NoticeStep id() {
        return NoticeStep.PURPOSES;
    }


    @Override
    Node build(StepContext context, Register register) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        VBox content = new VBox(12, f.help("purposes.intro"));
        for (int i = 0; i < register.purposes().size(); i++) {
            content.getChildren().add(purposeCard(context, register.purposes().get(i), i));
        }
        Button add = Controls.button("purpose-add", f.i18n().text("purposes.add"));
        add.setOnAction(e -> {
            editor.changeSelectedRegister(b -> b.purposes(Lists.add(register.purposes(), new Purpose(LocalizedText.EMPTY, null, LocalizedText.EMPTY))));
            context.rebuild().run();
        });
        content.getChildren().addAll(add, provision(context, register));
        return content;
    }

    private Node purposeCard(StepContext context, Purpose purpose, int index) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        GridPane form = Fields.form();
        f.row(form, "purposes.description", f.localized("purpose-" + index + "-description", "purposes.description",
                TextLimit.TEXT, purpose.description(), true, v -> changePurpose(editor, index, p -> p.withDescription(v))));
        Label explanation = f.help("purposes.basis.none");
        explanation.setId("purpose-" + index + "-basis-help");
        ComboBox<LegalBasis> basis = f.choice("purpose-" + index + "-basis", "purposes.basis", List.of(LegalBasis.values()),
                purpose.basis(), f::enumLabel, v -> {
                    changePurpose(editor, index, p -> p.withBasis(v));
                    context.rebuild().run();
                });
        if (purpose.basis() != null) {
            explanation.setText(f.i18n().text("enum.LegalBasis." + purpose.basis().name() + ".help"));
        }
        f.row(form, "purposes.basis", new VBox(4, basis, explanation));
        if (purpose.basis() == LegalBasis.LEGITIMATE_INTERESTS) {
            f.row(form, "purposes.legitimateInterest", f.localized("purpose-" + index + "-interest", "purposes.legitimateInterest",
                    TextLimit.TEXT, purpose.legitimateInterest(), true, v -> changePurpose(editor, index, p -> p.withLegitimateInterest(v))));
        }
        f.row(form, "purposes.kind", new VBox(6,
                f.check("purpose-" + index + "-direct-marketing", "purposes.directMarketing", purpose.directMarketing(),
                        on -> changePurpose(editor, index, p -> p.withDirectMarketing(on))),
                f.check("purpose-" + index + "-tracks-behaviour", "purposes.tracksBehaviour", purpose.tracksBehaviour(),
                        on -> changePurpose(editor, index, p -> p.withTracksBehaviour(on)))));
        Button remove = removeButton(context, "purpose-" + index + "-remove", new ItemList<>(Register::purposes, Register.Builder::purposes),
                list -> index, p -> removedMessage(f, p.description(), "undo.unnamed.purpose"));
        return Fields.card("purpose-" + index, form, remove);
    }

    private Node provision(StepContext context, Register register) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Provision provision = register.provision();
        GridPane form = Fields.form();
        f.row(form, "purposes.provision", f.choice("provision-requirement", "purposes.provision",
                Arrays.asList(ProvisionRequirement.values()), provision.requirement(), f::enumLabel,
                v -> editor.changeSelectedRegister(b -> b.provision(new Provision(v, current(editor).consequence())))));
        f.row(form, "purposes.provision.consequence", f.localized("provision-consequence", "purposes.provision.consequence",
                TextLimit.TEXT, provision.consequence(), true,
                v -> editor.changeSelectedRegister(b -> b.provision(new Provision(current(editor).requirement(), v)))));
        return new VBox(8, f.heading("purposes.provision.title"), f.help("purposes.provision.help"), form);
    }

    private static Provision current(NoticeEditor editor) {
        return editor.selectedRegister().orElseThrow().provision();
    }

    private static void changePurpose(NoticeEditor editor, int index, java.util.function.UnaryOperator<Purpose> change) {
        editor.changeSelectedRegister(b -> b.purposes(Lists.replace(editor.selectedRegister().orElseThrow().purposes(), index, change)));
    }
}
