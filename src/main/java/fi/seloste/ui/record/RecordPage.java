package fi.seloste.ui.record;

import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.TextLimit;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.ui.Controls;
import fi.seloste.ui.wizard.Fields;
import fi.seloste.ui.wizard.InternalPage;
import fi.seloste.ui.wizard.NoticeEditor;
import fi.seloste.ui.wizard.StepContext;
import fi.seloste.ui.wizard.Validation;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Käsittelytoimien seloste: the internal record of processing (GDPR Art. 30) beside the notice, on one page after
 * the notice's steps. First what concerns the whole business (a representative in the EU, where the notice is
 * published), then the register chosen above the page. Every field saves through the editor as it is typed; the
 * page is built again only when the register or the writing language changes.
 */
public final class RecordPage implements InternalPage {

    @Override
    public String id() {
        return "record";
    }

    @Override
    public String titleKey() {
        return "record.title";
    }

    @Override
    public boolean perRegister() {
        return true;
    }

    @Override
    public boolean previewsRecord() {
        return true;
    }

    @Override
    public Node build(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Label internal = f.help("record.intro");
        internal.setId("record-intro");
        internal.getStyleClass().add("internal-note");
        VBox content = new VBox(12, internal, f.heading("record.business"), published(f, editor), representative(f, editor));
        if (editor.selectedRegister().isEmpty()) {
            Button go = Controls.button("record-go-registers", f.i18n().text("wizard.noRegister.go"));
            go.setOnAction(e -> context.goTo().accept(NoticeStep.REGISTERS));
            content.getChildren().addAll(f.help("record.noRegister"), go);
        } else {
            content.getChildren().add(new RegisterRecordForm(f, editor, editor.selectedRegister().orElseThrow()).build());
        }
        return content;
    }

    private static Node published(Fields f, NoticeEditor editor) {
        ProcessingRecord record = editor.currentRecord();
        GridPane form = RegisterRecordForm.form();
        var url = f.text("record-published-url", "record.publishedUrl", TextLimit.URL, record.publishedUrl(),
                v -> editor.changeRecord(r -> r.withPublishedUrl(v)));
        f.row(form, "record.publishedUrl", Validation.checked(url, Validation::website, f));
        f.row(form, "record.publishedPlace", f.localized("record-published-place", "record.publishedPlace", TextLimit.NAME,
                record.publishedPlace(), false, v -> editor.changeRecord(r -> r.withPublishedPlace(v))));
        return new VBox(6, f.help("record.published.help"), form);
    }

    /** Collapsed unless filled in: most Finnish businesses are established in the EU and have no representative. */
    private static Node representative(Fields f, NoticeEditor editor) {
        Person person = editor.currentRecord().representative();
        Consumer<UnaryOperator<Person>> change = op -> editor.changeRecord(r -> r.withRepresentative(op.apply(r.representative())));
        GridPane form = RegisterRecordForm.form();
        f.row(form, "record.representative.name", f.text("record-representative-name", "record.representative.name",
                TextLimit.NAME, person.name(), v -> change.accept(p -> p.withName(v))));
        var email = f.text("record-representative-email", "controller.email", TextLimit.EMAIL, person.email(),
                v -> change.accept(p -> p.withEmail(v)));
        f.row(form, "controller.email", Validation.checked(email, Validation::email, f));
        var phone = f.text("record-representative-phone", "controller.phone", TextLimit.PHONE, person.phone(),
                v -> change.accept(p -> p.withPhone(v)));
        f.row(form, "controller.phone", Validation.checked(phone, Validation::phone, f));
        f.row(form, "controller.street", f.text("record-representative-street", "controller.street", TextLimit.NAME,
                person.address().street(), v -> change.accept(p -> p.withAddress(p.address().withStreet(v)))));
        f.row(form, "controller.postalCode", f.text("record-representative-postal-code", "controller.postalCode",
                TextLimit.CODE, person.address().postalCode(),
                v -> change.accept(p -> p.withAddress(p.address().withPostalCode(v)))));
        f.row(form, "controller.town", f.text("record-representative-town", "controller.town", TextLimit.NAME,
                person.address().town(), v -> change.accept(p -> p.withAddress(p.address().withTown(v)))));
        TitledPane pane = new TitledPane(f.i18n().text("record.representative"),
                new VBox(8, f.help("record.representative.help"), form));
        pane.setId("record-representative");
        pane.setAccessibleText(f.i18n().text("record.representative"));
        pane.setExpanded(!person.equals(Person.EMPTY));
        pane.setAnimated(false);
        pane.setMinWidth(0);
        return new VBox(6, f.help("record.representative.hint"), pane);
    }
}
