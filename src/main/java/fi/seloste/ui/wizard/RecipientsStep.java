package fi.seloste.ui.wizard;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import fi.seloste.domain.Country;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Tietojen vastaanottajat ja siirrot: recipients by kind, the owner's answers to "is data transferred outside the
 * EU/EEA?" and "is data regularly disclosed to anyone not listed?", and every transfer outside the EU/EEA, those of
 * the chosen systems gathered automatically. The answers are the owner's own: the transfers listed only suggest one.
 */
final class RecipientsStep extends RegisterStep {

    @Override
    public NoticeStep id() {
        return NoticeStep.RECIPIENTS;
    }


    @Override
    Node build(StepContext context, Register register) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        VBox content = new VBox(12, f.help("recipients.intro"));
        for (int i = 0; i < register.recipients().size(); i++) {
            content.getChildren().add(recipientCard(context, register.recipients().get(i), i));
        }
        Button add = Controls.button("recipient-add", f.i18n().text("recipients.add"));
        add.setOnAction(e -> {
            editor.changeSelectedRegister(b -> b.recipients(Lists.add(register.recipients(), new Recipient(LocalizedText.EMPTY, LocalizedText.EMPTY, RecipientKind.REGULAR, List.of()))));
            context.rebuild().run();
        });
        content.getChildren().addAll(add, answers(context, register),
                f.heading("recipients.transfers.title"), transfers(f, context.editor().current().systemsOf(register), register));
        return content;
    }

    private Node answers(StepContext context, Register register) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        GridPane form = Fields.form();
        f.row(form, "recipients.transfersOutsideEea", f.answer("recipients-transfers-outside-eea",
                "recipients.transfersOutsideEea", register.transfersOutsideEea(),
                a -> f.i18n().text("recipients.transfersOutsideEea." + a.name()),
                v -> editor.changeSelectedRegister(b -> b.transfersOutsideEea(v))));
        List<String> transferring = transferring(editor.current().systemsOf(register), register);
        if (!transferring.isEmpty()) {
            Label hint = f.help("recipients.transfersOutsideEea.fromSystems", String.join(", ", transferring));
            hint.setId("recipients-transfers-hint");
            form.add(hint, 1, form.getRowCount());
        }
        var disclosures = f.answer("recipients-other-disclosures", "recipients.otherDisclosures",
                register.otherDisclosures(), v -> editor.changeSelectedRegister(b -> b.otherDisclosures(v)));
        Label disclosuresHelp = f.help("recipients.otherDisclosures.help");
        disclosures.setAccessibleHelp(disclosuresHelp.getText());
        f.row(form, "recipients.otherDisclosures", disclosures);
        form.add(disclosuresHelp, 1, form.getRowCount());
        return new VBox(8, f.heading("recipients.answers.title"), form);
    }

    /** The systems and recipients whose details say they transfer data outside the EU/EEA, by name. */
    private static List<String> transferring(List<SystemUse> systems, Register register) {
        return java.util.stream.Stream.concat(
                systems.stream().filter(s -> !s.transfers().isEmpty()).map(SystemUse::name),
                register.recipients().stream().filter(r -> !r.transfers().isEmpty()).map(r -> r.name().fi()))
                .filter(name -> !name.isBlank()).distinct().toList();
    }

    private Node recipientCard(StepContext context, Recipient recipient, int index) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        String id = "recipient-" + index;
        GridPane form = Fields.form();
        f.row(form, "recipients.name", f.localized(id + "-name", "recipients.name", TextLimit.NAME, recipient.name(), false,
                v -> change(editor, index, r -> r.withName(v))));
        f.row(form, "recipients.description", f.localized(id + "-description", "recipients.description", TextLimit.TEXT, recipient.description(), true,
                v -> change(editor, index, r -> r.withDescription(v))));
        f.row(form, "recipients.kind", f.choice(id + "-kind", "recipients.kind", Arrays.asList(RecipientKind.values()),
                recipient.kind(), f::enumLabel, v -> change(editor, index, r -> r.withKind(v))));
        TransferFields.addTo(form, f, id, recipient.transfers(),
                t -> change(editor, index, r -> r.withTransfers(t)), context.rebuild());
        Button remove = removeButton(context, id + "-remove", new ItemList<>(Register::recipients, Register.Builder::recipients),
                list -> index, r -> removedMessage(f, r.name(), "undo.unnamed.recipient"));
        return Fields.card(id, form, remove);
    }

    /** Every transfer outside the EU/EEA of this register: from its systems and from its recipients. */
    private static Node transfers(Fields f, List<SystemUse> systems, Register register) {
        VBox list = new VBox(4);
        list.setId("transfers-summary");
        for (SystemUse system : systems) {
            for (Transfer t : system.transfers()) {
                list.getChildren().add(new Label(f.i18n().text("recipients.transfers.line", system.name(),
                        Country.name(t.country(), f.i18n().language()), f.enumLabel(t.safeguard()))));
            }
        }
        for (Recipient recipient : register.recipients()) {
            for (Transfer t : recipient.transfers()) {
                list.getChildren().add(new Label(f.i18n().text("recipients.transfers.line", recipient.name(),
                        Country.name(t.country(), f.i18n().language()), f.enumLabel(t.safeguard()))));
            }
        }
        if (list.getChildren().isEmpty()) {
            list.getChildren().add(f.help("recipients.transfers.none"));
        }
        return list;
    }

    private static void change(NoticeEditor editor, int index, UnaryOperator<Recipient> change) {
        editor.changeSelectedRegister(b -> b.recipients(Lists.replace(editor.selectedRegister().orElseThrow().recipients(), index, change)));
    }
}
