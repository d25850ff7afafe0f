package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The app asks once: the new client's name is the business's name, the contact person can take the business's
 * address, and a Y-tunnus typed without its dash gets one, with a message that says what is wrong.
 */
class AskOnceFlowTest extends FxRobot {

    private static final PostalAddress BUSINESS = new PostalAddress("Pallokentantie 19 A 2", "10120", "Tahtela");
    private static final PostalAddress OWN = new PostalAddress("Postikatu 1", "00100", "Helsinki");

    @TempDir
    Path root;

    private RunningApp app;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theNameTypedForANewClientFileIsTheBusinessNameInTheWizard() throws Exception {
        app = new RunningApp(root);
        Stage stage = app.start();
        await("the default client file is open", () -> showing(this, "#controller-name"));

        clickOn("#menu-file").clickOn("#menu-file-new");
        await("the new-file dialog is shown", () -> showing(this, "#new-client-name"));
        clickOn("#new-client-name").write("Kahvipaahtimo Makela Oy");
        clickOn("#new-client-create");
        await("the new file is open", () -> stage.getTitle().equals("Kahvipaahtimo Makela Oy – Seloste"));
        await("its controller step is shown", () -> showing(this, "#controller-name")
                && !field("#controller-name").getText().isEmpty());

        assertThat(field("#controller-name").getText()).isEqualTo("Kahvipaahtimo Makela Oy");
        app.stop();
        app = null;
        try (ClientFile file = ClientFiles.open(root.resolve("Documents/Seloste/Kahvipaahtimo Makela Oy"
                + ClientFileName.EXTENSION))) {
            assertThat(file.load().controller().name()).as("saved, not only shown").isEqualTo("Kahvipaahtimo Makela Oy");
        }
    }

    @Test
    void theContactPersonTakesTheBusinessAddressAndUntickingPutsBackWhatWasTyped() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        Person contact = seed.contactPerson().withAddress(OWN);
        Notice notice = seed.withController(seed.controller().withAddress(BUSINESS)).withContactPerson(contact);
        Path file = start(notice);

        clickOn("#wizard-step-CONTACT");
        await("the contact step is shown", () -> showing(this, "#contact-same-address"));
        CheckBox same = lookup("#contact-same-address").queryAs(CheckBox.class);
        assertThat(same.isSelected()).as("the addresses differ").isFalse();

        clickOn("#contact-same-address");
        assertThat(address()).containsExactly("Pallokentantie 19 A 2", "10120", "Tahtela");
        assertThat(field("#contact-street").isEditable()).as("still the contact's own fields").isTrue();

        clickOn("#contact-same-address");
        assertThat(address()).as("what was there before comes back").containsExactly("Postikatu 1", "00100", "Helsinki");

        clickOn("#contact-same-address");
        clickOn("#contact-street").push(KeyCode.END).write(" B");
        assertThat(same.isSelected()).as("edited: no longer the same address").isFalse();
        assertThat(field("#contact-street").getText()).isEqualTo("Pallokentantie 19 A 2 B");
        await("the edits are saved", () -> "All changes saved".equals(lookup("#status-saved").queryAs(Label.class).getText()));

        app.stop();
        app = null;
        try (ClientFile reopened = ClientFiles.open(file)) {
            assertThat(reopened.load().contactPerson().address())
                    .isEqualTo(new PostalAddress("Pallokentantie 19 A 2 B", "10120", "Tahtela"));
        }
    }

    @Test
    void aBusinessIdWithoutItsDashGetsOneAndTheMessageSaysWhatIsWrong() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        start(seed.withController(seed.controller().withBusinessId("")));

        clickOn("#controller-business-id").write("12345678");
        await("the missing dash is told", () -> showing(this, "#controller-business-id-message"));
        assertThat(message()).startsWith("The dash before the last digit is missing")
                .contains("Seloste adds the dash when you leave the field");

        push(KeyCode.TAB);
        assertThat(field("#controller-business-id").getText()).isEqualTo("1234567-8");
        assertThat(message()).startsWith("The check digit (the last digit) does not match the seven digits before it")
                .contains("Check the whole number").doesNotContain("1234567-1");

        clickOn("#controller-business-id").push(KeyCode.SHORTCUT, KeyCode.A).write("30159696").push(KeyCode.ENTER);
        assertThat(field("#controller-business-id").getText()).isEqualTo("3015969-6");
        assertThat(showing(this, "#controller-business-id-message")).as("a valid ID").isFalse();
    }

    private Path start(Notice notice) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#controller-name"));
        return file;
    }

    private java.util.List<String> address() {
        return java.util.List.of(field("#contact-street").getText(), field("#contact-postal-code").getText(),
                field("#contact-town").getText());
    }

    private String message() {
        return lookup("#controller-business-id-message").queryAs(Label.class).getText();
    }

    private TextField field(String query) {
        return lookup(query).queryAs(TextField.class);
    }

}
