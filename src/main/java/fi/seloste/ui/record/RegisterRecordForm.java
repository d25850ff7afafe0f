package fi.seloste.ui.record;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Person;
import fi.seloste.domain.Register;
import fi.seloste.domain.TextLimit;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.ui.wizard.Fields;
import fi.seloste.ui.wizard.NoticeEditor;
import fi.seloste.ui.wizard.NoticeOutlineNames;
import fi.seloste.ui.wizard.Validation;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The record's part of one register: who answers for it, where its data is and how it moves, who handles it, and
 * then the agreements, safeguards, erasure, measures and risk ({@link AgreementsAndRisk}). Each field reads the
 * register's part once and sends its change to the editor, which saves it in the background.
 */
final class RegisterRecordForm {

    private final Fields f;
    private final NoticeEditor editor;
    private final Register register;
    private final RegisterRecord part;

    RegisterRecordForm(Fields f, NoticeEditor editor, Register register) {
        this.f = f;
        this.editor = editor;
        this.register = register;
        this.part = editor.currentRecord().of(register.id());
    }

    Node build() {
        Label title = new Label(f.i18n().text("record.register", NoticeOutlineNames.name(register, f)));
        title.setId("record-register-title");
        title.setWrapText(true);
        title.getStyleClass().add("title-3");
        AgreementsAndRisk rest = new AgreementsAndRisk(f, editor.current().systemsOf(register), part, this::change);
        VBox box = new VBox(12, title, f.help("record.register.help"),
                f.heading("record.responsible"), f.help("record.responsible.help"), responsible(),
                f.heading("record.handling"), handling(),
                f.heading("record.feeds"), feeds(),
                f.heading("record.agreements"), f.help("record.agreements.help"), rest.agreements(),
                f.heading("record.safeguards"), rest.safeguards(),
                f.heading("record.risk"), f.help("record.risk.help"), rest.risk());
        box.setId("record-register");
        return box;
    }

    private void change(UnaryOperator<RegisterRecord> op) {
        editor.changeRegisterRecord(register.id(), op);
    }

    private Node responsible() {
        Person person = part.responsible();
        Consumer<UnaryOperator<Person>> changePerson = op -> change(r -> r.withResponsible(op.apply(r.responsible())));
        GridPane form = RegisterRecordForm.form();
        f.row(form, "record.responsible.name", f.text("record-responsible-name", "record.responsible.name", TextLimit.NAME,
                person.name(), v -> changePerson.accept(p -> p.withName(v))));
        f.row(form, "contact.title", f.localized("record-responsible-title", "contact.title", TextLimit.NAME,
                person.title(), false, v -> changePerson.accept(p -> p.withTitle(v))));
        var email = f.text("record-responsible-email", "controller.email", TextLimit.EMAIL, person.email(),
                v -> changePerson.accept(p -> p.withEmail(v)));
        f.row(form, "controller.email", Validation.checked(email, Validation::email, f));
        var phone = f.text("record-responsible-phone", "controller.phone", TextLimit.PHONE, person.phone(),
                v -> changePerson.accept(p -> p.withPhone(v)));
        f.row(form, "controller.phone", Validation.checked(phone, Validation::phone, f));
        return form;
    }

    private Node handling() {
        return new VBox(12,
                prose(f, "record-locations", "record.locations", part.locations(), v -> change(r -> r.withLocations(v))),
                prose(f, "record-data-flows", "record.dataFlows", part.dataFlows(), v -> change(r -> r.withDataFlows(v))),
                prose(f, "record-access", "record.access", part.accessRoles(), v -> change(r -> r.withAccessRoles(v))));
    }

    /** A check box for each of the notice's other registers that this one passes data to. */
    private Node feeds() {
        List<Register> others = editor.current().registers().stream().filter(r -> r.id() != register.id()).toList();
        VBox box = new VBox(6);
        box.setId("record-feeds");
        if (others.isEmpty()) {
            Label none = f.help("record.feeds.none");
            none.setId("record-feeds-none");
            box.getChildren().add(none);
            return box;
        }
        box.getChildren().add(f.help("record.feeds.help"));
        for (Register other : others) {
            long id = other.id();
            CheckBox fed = f.checkWithText("record-feeds-" + id, NoticeOutlineNames.name(other, f), part.feeds().contains(id),
                    on -> change(r -> r.withFeeds(toggled(r.feeds(), id, on))));
            box.getChildren().add(fed);
        }
        return box;
    }

    private static List<Long> toggled(List<Long> feeds, long id, boolean on) {
        List<Long> next = new ArrayList<>(feeds);
        next.remove(id);
        if (on) {
            next.add(id);
        }
        return next;
    }

    /**
     * The wizard's two-column form with a label column that does not give way below 180 pixels: the record's labels
     * hold long Finnish words (vaikutustenarviointi) that would otherwise break inside the word.
     */
    static GridPane form() {
        GridPane form = Fields.form();
        form.getColumnConstraints().get(0).setMinWidth(180);
        return form;
    }

    /**
     * The owner's prose in the writing language, with its label above it and a line under it on what it is for: the
     * whole width of the page, so that the text has room beside the preview.
     */
    static Node prose(Fields f, String id, String key, LocalizedText value, Consumer<LocalizedText> onChange) {
        TextInputControl area = f.localized(id, key, TextLimit.TEXT, value, true, onChange);
        ((TextArea) area).setPrefColumnCount(20);
        Label help = f.help(key + ".help");
        help.setId(id + "-help");
        VBox box = f.labelled(key, area);
        box.getChildren().add(help);
        return box;
    }
}
