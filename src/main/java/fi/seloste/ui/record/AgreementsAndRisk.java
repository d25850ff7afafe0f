package fi.seloste.ui.record;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import fi.seloste.domain.Answer;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.TextLimit;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.ui.wizard.Fields;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The second half of a register's record: the data processing agreement of each system that an outside party
 * runs, the documentation of transfer safeguards, erasure and security measures, and the note on risk.
 */
final class AgreementsAndRisk {

    private final Fields f;
    private final List<SystemUse> systems;
    private final RegisterRecord part;
    private final Consumer<UnaryOperator<RegisterRecord>> change;

    /** systems are those of the business that hold the register's data, in their order (Notice.systemsOf). */
    AgreementsAndRisk(Fields f, List<SystemUse> systems, RegisterRecord part, Consumer<UnaryOperator<RegisterRecord>> change) {
        this.f = f;
        this.systems = systems;
        this.part = part;
        this.change = change;
    }

    /** A card for each system whose role has an outside party, by its place in the register's systems. */
    Node agreements() {
        VBox box = new VBox(8);
        box.setId("record-agreements");
        for (int i = 0; i < systems.size(); i++) {
            SystemUse system = systems.get(i);
            if (system.role().hasOutsideParty()) {
                box.getChildren().add(agreement(i, system, part.agreement(i)));
            }
        }
        if (box.getChildren().isEmpty()) {
            Label none = f.help("record.agreements.none");
            none.setId("record-agreements-none");
            box.getChildren().add(none);
        }
        return box;
    }

    private Node agreement(int index, SystemUse system, ProcessorAgreement agreement) {
        String id = "record-agreement-" + index;
        Consumer<UnaryOperator<ProcessorAgreement>> changeAgreement =
                op -> change.accept(r -> r.withAgreement(op.apply(r.agreement(index))));
        String name = system.name().isBlank() ? f.i18n().text("record.agreement.unnamed") : system.name();
        Label title = new Label(system.vendor().isBlank() || system.vendor().equals(system.name()) ? name
                : f.i18n().text("record.agreement.title", name, system.vendor()));
        title.setId(id + "-title");
        title.setWrapText(true);
        title.getStyleClass().add("text-bold");
        GridPane form = RegisterRecordForm.form();
        ComboBox<Answer> signed = f.answer(id + "-signed", "record.agreement.signed", agreement.signed(),
                v -> changeAgreement.accept(a -> a.withSigned(v)));
        f.row(form, "record.agreement.signed", signed);
        DatePicker on = f.date(id + "-date", "record.agreement.date", agreement.signedOn(), true,
                v -> changeAgreement.accept(a -> a.withSignedOn(v)));
        on.disableProperty().bind(signed.valueProperty().isNotEqualTo(Answer.YES));
        f.row(form, "record.agreement.date", on);
        f.row(form, "record.agreement.keptAt", f.localized(id + "-kept-at", "record.agreement.keptAt", TextLimit.NAME,
                agreement.keptAt(), false, v -> changeAgreement.accept(a -> a.withKeptAt(v))));
        return Fields.card(id, title, form);
    }

    Node safeguards() {
        return new VBox(12,
                RegisterRecordForm.prose(f, "record-transfer-documentation", "record.transferDocumentation",
                        part.transferDocumentation(), v -> change.accept(r -> r.withTransferDocumentation(v))),
                RegisterRecordForm.prose(f, "record-erasure", "record.erasure", part.erasure(),
                        v -> change.accept(r -> r.withErasure(v))),
                RegisterRecordForm.prose(f, "record-measures", "record.measures", part.measures(),
                        v -> change.accept(r -> r.withMeasures(v))));
    }

    Node risk() {
        RiskNote risk = part.risk();
        Consumer<UnaryOperator<RiskNote>> changeRisk = op -> change.accept(r -> r.withRisk(op.apply(r.risk())));
        GridPane form = RegisterRecordForm.form();
        f.row(form, "record.risk.high", f.answer("record-risk-high", "record.risk.high", risk.highRisk(),
                v -> changeRisk.accept(n -> n.withHighRisk(v))));
        ComboBox<Answer> needed = f.answer("record-risk-dpia", "record.risk.dpia", risk.impactAssessmentNeeded(),
                v -> changeRisk.accept(n -> n.withImpactAssessmentNeeded(v)));
        f.row(form, "record.risk.dpia", needed);
        DatePicker done = f.date("record-risk-done-on", "record.risk.doneOn", risk.impactAssessmentDoneOn(), true,
                v -> changeRisk.accept(n -> n.withImpactAssessmentDoneOn(v)));
        done.disableProperty().bind(needed.valueProperty().isEqualTo(Answer.NO));
        f.row(form, "record.risk.doneOn", done);
        return new VBox(12, form, RegisterRecordForm.prose(f, "record-risk-note", "record.risk.note", risk.note(),
                v -> changeRisk.accept(n -> n.withNote(v))));
    }
}
