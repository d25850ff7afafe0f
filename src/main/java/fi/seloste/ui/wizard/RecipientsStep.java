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
import fi.seloste.ui.Controls;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Tietojen säännönmukaiset luovutukset ja siirrot: recipients and regular disclosures, and every transfer outside
 * the EU/EEA, those of the chosen systems gathered automatically.
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
            editor.changeSelectedRegister(b -> b.recipients(Lists.add(register.recipients(), new Recipient("", LocalizedText.EMPTY, RecipientKind.REGULAR, List.of()))));
            context.rebuild().run();
        });
        content.getChildren().addAll(add, f.heading("recipients.transfers.title"), transfers(f, register));
        return content;
    }

    private Node recipientCard(StepContext context, Recipient recipient, int index) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        String id = "recipient-" + index;
        GridPane form = Fields.form();
        f.row(form, "recipients.name", f.text(id + "-name", "recipients.name", recipient.name(),
                v -> change(editor, index, r -> r.withName(v))));
        f.row(form, "recipients.description", f.localized(id + "-description", "recipients.description", recipient.description(), true,
                v -> change(editor, index, r -> r.withDescription(v))));
        f.row(form, "recipients.kind", f.choice(id + "-kind", "recipients.kind", Arrays.asList(RecipientKind.values()),
                recipient.kind(), f::enumLabel, v -> change(editor, index, r -> r.withKind(v))));
        TransferFields.addTo(form, f, id, recipient.transfers(),
                t -> change(editor, index, r -> r.withTransfers(t)), context.rebuild());
        Button remove = removeButton(context, id + "-remove", () -> editor.changeSelectedRegister(
                b -> b.recipients(Lists.remove(editor.selectedRegister().orElseThrow().recipients(), index))));
        return Fields.card(id, form, remove);
    }

    /** Every transfer outside the EU/EEA of this register: from its systems and from its recipients. */
    private static Node transfers(Fields f, Register register) {
        VBox list = new VBox(4);
        list.setId("transfers-summary");
        for (SystemUse system : register.systems()) {
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
