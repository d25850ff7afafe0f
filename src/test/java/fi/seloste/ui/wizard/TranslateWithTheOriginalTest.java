package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import fi.seloste.domain.DataCategory;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.Register;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.SampleNotices;
import fi.seloste.testing.StepPage;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Translating with the original in view (issue 13, walkthrough findings 1, 2, 21): the UI in English, the notice
 * published in Finnish and English, everything translated but the contact's role and an own data item. The owner
 * switches the writing language to English, reads the review's warning, follows its links, sees the Finnish under
 * each field, types the translations, sees them in the English preview, and the warning is gone.
 */
class TranslateWithTheOriginalTest extends FxRobot {

    private static final String OWN_ITEM = "Makutoiveet ja kahvin kestotilaukset";

    @TempDir
    Path root;

    private RunningApp app;

    /** The sample notice (every text written in fi, sv and en) with two texts in Finnish only. */
    private static Notice twoTextsInFinnishOnly() {
        Person contact = SampleNotices.contactPerson().withTitle(LocalizedText.finnish("toimitusjohtaja"));
        Register register = SampleNotices.patientRegister(1);
        List<DataCategory> data = new java.util.ArrayList<>(register.dataCategories());
        data.add(DataCategory.ordinary(null, LocalizedText.finnish(OWN_ITEM)));
        NoticeSettings s = SampleNotices.settings();
        return Notice.withoutSharedSections(SampleNotices.controller(), contact, SampleNotices.dataProtectionOfficer(),
                new NoticeSettings(EnumSet.of(Language.FI, Language.EN), s.nextReview(), s.introduction(),
                        s.rightsInstructions()),
                List.of(register.toBuilder().dataCategories(data).build()));
    }

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theOwnerTranslatesWithTheFinnishInViewAndTheWarningGoes() throws Exception {
        open(twoTextsInFinnishOnly());
        click("#text-language-en");

        goTo(NoticeStep.REVIEW);
        await("the review names the untranslated fields", () -> findings().stream()
                .anyMatch(f -> f.contains("own data item: “" + OWN_ITEM + "” has no text in English yet")));
        assertThat(findings()).anySatisfy(f -> assertThat(f)
                .contains("contact person's role: “toimitusjohtaja” has no text in English yet"));

        click(goLinkOf("own data item"));
        await("the link leads to the step of the own data item", () -> showing(this, "#step-DATA"));
        String item = "#" + fieldWithOriginal(OWN_ITEM);
        assertThat(item).startsWith("#category-own-");
        assertThat(text(item)).as("nothing written in English yet").isEmpty();
        assertThat(text(item + "-fi-caption")).isEqualTo("In Finnish:");
        assertThat(lookup(item + "-fi").queryAs(TextInputControl.class).isEditable()).isFalse();
        type(item, "Taste preferences and coffee subscriptions");
        awaitPreview("the English preview shows the translated item", "Taste preferences and coffee subscriptions");

        goTo(NoticeStep.CONTACT);
        assertThat(text("#contact-title-fi")).isEqualTo("toimitusjohtaja");
        assertThat(lookup("#contact-name-fi-caption").tryQuery()).as("only texts written per language have an original")
                .isEmpty();
        type("#contact-title", "CEO");
        awaitPreview("the English preview shows the translated role", "CEO");

        goTo(NoticeStep.REVIEW);
        await("the warning is gone", () -> findings().stream().noneMatch(f -> f.contains("has no text in English")));
        WizardView wizard = lookup("#wizard").queryAs(WizardView.class);
        Notice saved = WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().current());
        assertThat(saved.contactPerson().title()).isEqualTo(new LocalizedText("toimitusjohtaja", "", "CEO"));
        assertThat(saved.registers().get(0).dataCategories()).extracting(DataCategory::label)
                .contains(new LocalizedText(OWN_ITEM, "", "Taste preferences and coffee subscriptions"));
    }

    @Test
    void aFieldWithNoFinnishTextSaysSo() throws Exception {
        Notice notice = twoTextsInFinnishOnly();
        Register register = notice.registers().get(0).toBuilder().description(LocalizedText.EMPTY).build();
        open(Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), notice.dataProtectionOfficer(), notice.settings(),
                List.of(register)));
        goTo(NoticeStep.REGISTERS);
        assertThat(lookup("#register-0-description-fi-caption").tryQuery()).as("no original while writing Finnish")
                .isEmpty();

        click("#text-language-en");
        await("the step is shown in English writing mode", () -> showing(this, "#register-0-description-fi-caption"));
        assertThat(text("#register-0-description-fi-caption")).isEqualTo("In Finnish: nothing written yet.");
        assertThat(text("#register-0-name-fi")).isEqualTo(register.name().fi());
    }

    // ----- the app -----

    private void open(Notice clientFile) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Paahtimo" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, clientFile);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    /** The id of the field whose Finnish original reads {@code finnish}. */
    private String fieldWithOriginal(String finnish) {
        return onFx(() -> lookup(n -> n.getId() != null && n.getId().endsWith("-fi") && n instanceof TextInputControl t
                && t.getText().equals(finnish)).queryAll().stream().findFirst()
                .map(n -> n.getId().substring(0, n.getId().length() - "-fi".length()))
                .orElseThrow(() -> new AssertionError("no field shows the Finnish " + finnish)));
    }

    private List<String> findings() {
        return onFx(() -> lookup("#review-findings .label").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private Node goLinkOf(String field) {
        return onFx(() -> {
            List<Node> rows = lookup("#review-findings").queryAll().stream().findFirst().map(list ->
                    ((javafx.scene.Parent) list).getChildrenUnmodifiable().stream().toList()).orElseThrow();
            for (Node row : rows) {
                boolean names = row.lookupAll(".label").stream()
                        .anyMatch(l -> ((Label) l).getText().contains(field + ": “"));
                if (names) {
                    return row.lookup(".hyperlink");
                }
            }
            throw new AssertionError("no finding names the " + field);
        });
    }

    private void awaitPreview(String what, String text) throws Exception {
        await(what, () -> onFx(() -> lookup("#preview-page .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains(text))));
    }

    private String text(String query) {
        return onFx(() -> {
            Node n = lookup(query).query();
            return n instanceof TextInputControl t ? t.getText() : ((Labeled) n).getText();
        });
    }

    private <T> T onFx(Callable<T> read) {
        try {
            return Platform.isFxApplicationThread() ? read.call() : WaitForAsyncUtils.waitForAsyncFx(5000, read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ----- the owner's hands -----

    private void goTo(NoticeStep step) throws Exception {
        click("#wizard-step-" + step.name());
        await("the wizard shows " + step, () -> showing(this, "#step-" + step.name()));
    }

    private void type(String query, String text) {
        click(query);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void click(String query) {
        click((Node) lookup(query).query());
    }

    /** A click in the middle of the node with the glass robot, scrolled into view first. */
    private void click(Node target) {
        StepPage.reveal(this, target);
        Point2D middle = point(target).query();
        MouseRobot mouse = robotContext().getMouseRobot();
        mouse.move(middle);
        mouse.press(MouseButton.PRIMARY);
        mouse.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
