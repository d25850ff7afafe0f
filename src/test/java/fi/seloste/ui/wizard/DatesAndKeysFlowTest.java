package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.Keyboard;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dates as Finnish readers write them and keys as people expect: d.M.yyyy and Monday-first calendars in every UI
 * language, Tab out of a text area, placeholders that fit, no empty bullet for an empty card, full register names,
 * and a form that does not shift when a field turns red.
 */
class DatesAndKeysFlowTest extends FxRobot {

    private static final Map<Language, String> MONDAY = Map.of(Language.FI, "Ma", Language.SV, "Mån", Language.EN, "Mon");

    @TempDir
    Path root;

    private RunningApp app;

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FI", "SV", "EN"})
    void datesReadDayMonthYearAndWeeksStartOnMonday(Language ui) throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        NoticeSettings s = seed.settings();
        start(seed.withSettings(new NoticeSettings(
                s.languages(), LocalDate.of(2027, 12, 1), s.introduction(), s.rightsInstructions(), null, null)), ui);
        StepPage.goTo(this, NoticeStep.REVIEW);
        DatePicker next = lookup("#review-next-date").queryAs(DatePicker.class);
        assertThat(next.getEditor().getText()).isEqualTo("1.12.2027");

        StepPage.click(this, next.getEditor());
        interact(() -> next.getEditor().selectAll());
        Keyboard.type(this, next, "15.1.2028");
        Keyboard.hit(this, next, KeyCode.ENTER);
        await("the typed date is taken", () -> LocalDate.of(2028, 1, 15).equals(next.getValue()));
        assertMondayFirst(next, ui);

        clickOn("#wizard-page-record");
        await("the record page is shown", () -> showing(this, "#page-record"));
        DatePicker doneOn = lookup("#record-risk-done-on").queryAs(DatePicker.class);
        interact(() -> doneOn.setValue(LocalDate.of(2026, 3, 9)));
        assertThat(doneOn.getEditor().getText()).isEqualTo("9.3.2026");
        assertMondayFirst(doneOn, ui);
    }

    @Test
    void tabLeavesATextAreaShiftTabComesBackAndCtrlTabTypesATab() throws Exception {
        start(SeedNotices.physiotherapy(), Language.EN);
        StepPage.goTo(this, NoticeStep.PURPOSES);
        TextArea area = lookup((Node n) -> n instanceof TextArea && showing(this, "#" + n.getId())).queryAs(TextArea.class);
        String before = area.getText();
        StepPage.click(this, area);
        assertThat(area.isFocused()).isTrue();

        press(KeyCode.TAB).release(KeyCode.TAB);
        await("Tab moves on", () -> !area.isFocused());
        assertThat(area.getText()).as("no tab typed").isEqualTo(before);
        Node next = area.getScene().getFocusOwner();
        assertThat(next).isNotNull();
        if (next instanceof javafx.scene.control.TextInputControl t) {
            assertThat(t.getText()).as("nor in the next field").doesNotContain("\t");
        }

        press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        await("Shift+Tab comes back", area::isFocused);
        assertThat(area.getText()).isEqualTo(before);

        interact(() -> area.positionCaret(area.getLength()));
        press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        await("Ctrl+Tab types a tab", () -> area.getText().equals(before + "\t"));
        assertThat(area.isFocused()).as("and stays").isTrue();
    }

    @Test
    void anEmptyCardPrintsNoEmptyBulletInThePreview() throws Exception {
        start(SeedNotices.physiotherapy(), Language.EN);
        for (NoticeStep step : List.of(NoticeStep.RECIPIENTS, NoticeStep.PURPOSES, NoticeStep.RETENTION)) {
            StepPage.goTo(this, step);
            int cards = lookup(".item-card").queryAll().size();
            StepPage.click(this, lookup("#" + switch (step) {
                case RECIPIENTS -> "recipient-add";
                case PURPOSES -> "purpose-add";
                default -> "retention-add";
            }).query());
            await("an empty card is added in " + step, () -> lookup(".item-card").queryAll().size() == cards + 1);
            WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(previewLines()).as("preview after an empty card in " + step)
                    .isNotEmpty().noneMatch(line -> line.replace("•", "").isBlank());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FI", "SV", "EN"})
    void placeholdersFitTheirFieldsAndTheCookieSourceHasItsOwn(Language ui) throws Exception {
        start(SeedNotices.physiotherapy(), ui);
        for (NoticeStep step : NoticeStep.values()) {
            StepPage.goTo(this, step);
            for (Node n : lookup("#step-" + step.name() + " .text-field").queryAll()) {
                TextField field = (TextField) n;
                String prompt = field.getPromptText();
                if (prompt == null || prompt.isEmpty() || !showing(this, "#" + field.getId())) {
                    continue;
                }
                Text measured = new Text(prompt);
                measured.setFont(field.getFont());
                Insets padding = field.getPadding();
                assertThat(measured.getLayoutBounds().getWidth()).as("\"%s\" in %s of %s", prompt, field.getId(), step)
                        .isLessThanOrEqualTo(field.getWidth() - padding.getLeft() - padding.getRight());
            }
        }
        StepPage.goTo(this, NoticeStep.SOURCES);
        if (lookup("#source-cookies-description").tryQuery().isEmpty()) {
            StepPage.click(this, lookup("#source-cookies").query());
        }
        await("the cookies source has its detail field", () -> showing(this, "#source-cookies-description"));
        java.util.Properties texts = fi.seloste.testing.Bundles.load("/fi/seloste/ui/i18n/messages"
                + (ui == Language.EN ? "" : "_" + ui.tag()) + ".properties");
        assertThat(lookup("#source-cookies-description").queryAs(TextField.class).getPromptText())
                .isEqualTo(texts.getProperty("sources.prompt.COOKIES"))
                .isNotEqualTo(texts.getProperty("sources.prompt.DATA_SUBJECT"));
    }

    @Test
    void theRegisterChooserShowsWholeNames() throws Exception {
        Notice seed = SeedNotices.physiotherapy();
        List<String> names = List.of("Markkinointirekisteri ja uutiskirje", "Markkinointirekisteri ja kanta-asiakkaat");
        List<Register> registers = new java.util.ArrayList<>();
        for (int i = 0; i < seed.registers().size(); i++) {
            registers.add(seed.registers().get(i).toBuilder()
                    .name(LocalizedText.finnish(names.get(Math.min(i, names.size() - 1)))).build());
        }
        start(seed.withRegisters(registers), Language.EN);
        StepPage.goTo(this, NoticeStep.PURPOSES);
        ComboBox<?> chooser = lookup("#register-chooser").queryAs(ComboBox.class);
        ListCell<?> shown = chooser.getButtonCell();
        assertThat(names).contains(shown.getText());
        assertThat(shown.getWidth()).as("the name is shown whole, not cut to \"…\"")
                .isGreaterThanOrEqualTo(shown.prefWidth(-1) - 0.5);
        assertThat(lookup((Node n) -> n instanceof Text t && isInside(t, chooser) && t.getText().endsWith("…")).tryQuery())
                .isEmpty();
    }

    @Test
    void aValidationMessageDoesNotShiftTheForm() throws Exception {
        start(SeedNotices.physiotherapy(), Language.EN);
        TextField email = lookup("#controller-email").queryAs(TextField.class);
        double x = email.localToScene(0, 0).getX();
        double width = email.getWidth();
        StepPage.click(this, email);
        interact(() -> email.positionCaret(email.getLength()));
        Keyboard.type(this, email, " and more");
        await("the message is shown", () -> showing(this, "#controller-email-message"));
        assertThat(email.localToScene(0, 0).getX()).as("the field stays where it was").isEqualTo(x);
        assertThat(email.getWidth()).isEqualTo(width);
    }

    private void start(Notice notice, Language ui) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, ui);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    /** Opens the calendar: its first column is Monday, by name and by date. */
    private void assertMondayFirst(DatePicker picker, Language ui) throws Exception {
        interact(picker::show);
        await("the calendar is open", picker::isShowing);
        List<DateCell> dayNames = lookup(".day-name-cell").queryAll().stream().filter(Node::isVisible)
                .map(n -> (DateCell) n).sorted(Comparator.comparingDouble(l -> l.localToScene(0, 0).getX())).toList();
        assertThat(dayNames).isNotEmpty();
        assertThat(dayNames.get(0).getText()).isEqualTo(MONDAY.get(ui));
        List<DateCell> days = lookup(".day-cell").queryAll().stream().map(n -> (DateCell) n)
                .filter(c -> c.getItem() != null && c.isVisible()).toList();
        double firstColumn = days.stream().mapToDouble(c -> c.localToScene(0, 0).getX()).min().orElseThrow();
        assertThat(days).filteredOn(c -> c.localToScene(0, 0).getX() == firstColumn)
                .isNotEmpty().allMatch(c -> c.getItem().getDayOfWeek() == java.time.DayOfWeek.MONDAY);
        interact(picker::hide);
    }

    private List<String> previewLines() {
        return lookup("#preview-page .label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
