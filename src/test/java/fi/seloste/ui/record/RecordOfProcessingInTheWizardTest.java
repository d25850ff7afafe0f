package fi.seloste.ui.record;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Register;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.export.NoticeHtml;
import fi.seloste.export.NoticeMeta;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.Keyboard;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;
import fi.seloste.ui.wizard.WizardView;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The record of processing (issue 11) in the wizard: the physiotherapist, with a second register, opens the internal
 * page after the notice's steps and fills in the customer register's part. The editor holds exactly what she typed
 * and chose, the client file has it after she quits, and the preview shows the record beside the page,
 * and neither the notice's preview nor its export shows any of it.
 */
class RecordOfProcessingInTheWizardTest extends FxRobot {

    private static final String RESPONSIBLE = "Matti Vastuullinen";
    private static final String KEPT_AT = "Sopimuskansio toimiston kaapissa";

    @TempDir
    Path root;

    private RunningApp app;
    private Path file;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theOwnerFillsInTheRecordAndItIsSavedButNeverInTheNotice() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        Register customers = seed.registers().get(0);
        Register newsletter = customers.toBuilder().id(2).name(LocalizedText.finnish("Uutiskirjeen tilaajat")).build();
        open(seed.withRegisters(List.of(customers, newsletter)));
        WizardView wizard = lookup("#wizard").queryAs(WizardView.class);
        List<Long> ids = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> wizard.editor().current().registers().stream().map(Register::id).toList());

        StepPage.click(this, lookup("#wizard-page-record").query());
        await("the record page is shown", () -> showing(this, "#page-record"));
        assertThat(((Label) lookup("#step-title").query()).getText()).isEqualTo("Record of processing – internal, not published");
        assertThat(showing(this, "#register-chooser")).as("the same register chooser as the per-register steps").isTrue();

        Node page = lookup("#page-record").query();
        type("#record-responsible-name", RESPONSIBLE);
        type("#record-responsible-title", "yrittäjä");
        type("#record-responsible-email", "matti@flowest.fi");
        type("#record-responsible-phone", "040 123 4567");
        type("#record-locations", "Vellon palvelimet Suomessa ja paperit lukitussa kaapissa");
        type("#record-data-flows", "Ajanvaraukset Vellosta laskuiksi Holviin");
        StepPage.click(this, lookup("#record-feeds-" + ids.get(1)).query());
        LocalDate signedOn = LocalDate.of(2025, 3, 14);
        choose("#record-agreement-0-signed", "Yes");
        DatePicker picker = lookup("#record-agreement-0-date").queryAs(DatePicker.class);
        await("the date can be given once the agreement is made", () -> !picker.isDisabled());
        type(picker.getEditor(), picker.getConverter().toString(signedOn));
        type("#record-agreement-0-kept-at", KEPT_AT);
        choose("#record-risk-high", "No");
        choose("#record-risk-dpia", "No");
        type("#record-risk-note", "Pieni vastaanotto");

        RegisterRecord part = RegisterRecord.empty(ids.get(0))
                .withResponsible(new Person(RESPONSIBLE, LocalizedText.finnish("yrittäjä"), "matti@flowest.fi", "040 123 4567", PostalAddress.EMPTY))
                .withLocations(LocalizedText.finnish("Vellon palvelimet Suomessa ja paperit lukitussa kaapissa"))
                .withDataFlows(LocalizedText.finnish("Ajanvaraukset Vellosta laskuiksi Holviin"))
                .withFeeds(List.of(ids.get(1)))
                .withAgreement(new ProcessorAgreement(0, Answer.YES, signedOn, LocalizedText.finnish(KEPT_AT)))
                .withRisk(new RiskNote(Answer.NO, Answer.NO, null, LocalizedText.finnish("Pieni vastaanotto")));
        ProcessingRecord expected = ProcessingRecord.EMPTY.with(part);
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().currentRecord())).isEqualTo(expected);
        assertThat((Node) lookup("#page-record").query()).as("no edit built the page again (focus and scroll kept)").isSameAs(page);
        await("the preview shows the record as it is filled in", () -> labels("#preview-record").stream()
                .anyMatch(l -> l.contains(RESPONSIBLE)));
        assertThat(((Label) lookup("#preview-title").query()).getText()).isEqualTo("Preview: record of processing (internal)");
        assertThat(labels("#preview-record")).anyMatch(l -> l.contains(KEPT_AT));

        choose("#register-chooser", "Uutiskirjeen tilaajat");
        await("the second register's part is shown", () -> showing(this, "#record-feeds-" + ids.get(0)));
        assertThat(((TextInputControl) lookup("#record-responsible-name").query()).getText()).isEmpty();
        choose("#register-chooser", "Flowest asiakastietorekisteri");
        await("the first register's part again", () -> RESPONSIBLE.equals(
                ((TextInputControl) lookup("#record-responsible-name").query()).getText()));

        StepPage.goTo(this, NoticeStep.CONTACT);
        await("back in the notice's steps the preview shows the notice", () -> !labels("#preview-page").isEmpty());
        assertThat(labels("#preview-page")).as("the notice's preview").noneMatch(l -> l.contains(RESPONSIBLE) || l.contains(KEPT_AT));

        app.stop();
        app = null;
        try (ClientFile client = ClientFiles.openToRead(file)) {
            assertThat(client.loadRecord()).isEqualTo(expected);
            String html = NoticeHtml.document(client.load(), Language.FI, NoticeMeta.NONE);
            assertThat(html).contains("Flowest").doesNotContain(RESPONSIBLE).doesNotContain(KEPT_AT)
                    .doesNotContain("Pieni vastaanotto");
        }
    }

    @Test
    void aRegisterWithoutOtherRegistersOrProcessorsSaysSo() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        open(seed.withSystems(List.of()));
        StepPage.click(this, lookup("#wizard-step-REVIEW").query());
        await("the review is shown", () -> showing(this, "#step-REVIEW"));
        StepPage.click(this, lookup("#wizard-next").query());
        await("Next after the last step opens the record", () -> showing(this, "#page-record"));
        assertThat(showing(this, "#record-feeds-none")).isTrue();
        assertThat(showing(this, "#record-agreements-none")).isTrue();
        assertThat(lookup("#record-representative").tryQuery()).isPresent();
        StepPage.click(this, lookup("#wizard-back").query());
        await("Back returns to the review", () -> showing(this, "#step-REVIEW"));
    }

    private List<String> labels(String page) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup(page + " .label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
    }

    private void open(Notice notice) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    private void type(String query, String value) {
        type((TextInputControl) lookup(query).query(), value);
    }

    private void type(TextInputControl field, String value) {
        StepPage.click(this, field);
        Keyboard.type(this, field, value);
        assertThat(field.getText()).as("typed into " + field.getId()).isEqualTo(value);
    }

    /** Opens the combo box and clicks the item in its list. */
    private void choose(String query, String item) throws Exception {
        ComboBox<?> combo = lookup(query).queryAs(ComboBox.class);
        StepPage.click(this, combo);
        await("the list of " + query + " is open", combo::isShowing);
        Node cell = lookup((Node n) -> n instanceof ListCell<?> c && item.equals(c.getText()) && n.getScene() != combo.getScene())
                .query();
        StepPage.click(this, cell);
        await("the list of " + query + " is closed", () -> !combo.isShowing());
    }
}
