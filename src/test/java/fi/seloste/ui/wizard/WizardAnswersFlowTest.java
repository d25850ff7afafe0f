package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFileName;
import fi.seloste.testing.Bundles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.Keyboard;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The owner answers the notice's yes/no questions in the wizard (the UI in English, the notice written in Finnish)
 * and sees the preview say what she answered, and nothing while a question is unanswered: transfers outside the
 * EU/EEA and other disclosures, automated decisions and profiling, cookies with their inventory; and a system's
 * transfers to a second country. The notice's sentences are read from the export's own Finnish wording.
 */
class WizardAnswersFlowTest extends FxRobot {

    @TempDir
    Path root;

    private RunningApp app;
    private Properties notice;

    @BeforeEach
    void readTheWording() throws Exception {
        notice = Bundles.load("/fi/seloste/export/notice_fi.properties");
    }

    private void open(Notice clientFile) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        Path file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, clientFile);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    /** The physiotherapist's notice with automated decisions and profiling not yet answered (her seed answers both). */
    private static Notice automationUnanswered() {
        Notice seed = SeedNotices.physiotherapy();
        List<Register> registers = seed.registers().stream()
                .map(r -> r.toBuilder().automatedDecisions(AutomatedDecisions.NONE).build()).toList();
        return seed.withRegisters(registers);
    }

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void transfersAndOtherDisclosuresPrintWhatTheOwnerAnswered() throws Exception {
        String noTransfers = sentence("transfers.none");
        String noOtherDisclosures = sentence("recipients.none");
        open(SeedNotices.physiotherapy());
        goTo(NoticeStep.RECIPIENTS);
        assertThat(shownIn("#recipients-transfers-outside-eea")).isEqualTo("Choose…");
        awaitPreview("not answered: no sentence about transfers", lines -> lines.noneMatch(l -> l.contains(noTransfers)));
        assertThat(previewContains(noOtherDisclosures)).as("not answered: no sentence about other disclosures").isFalse();

        chooseByClicking("#recipients-transfers-outside-eea", "No, all data stays in the EU/EEA");
        awaitPreview("\"no transfers\" is printed", lines -> lines.anyMatch(l -> l.contains(noTransfers)));
        assertThat(register().transfersOutsideEea()).isEqualTo(Answer.NO);
        chooseByClicking("#recipients-transfers-outside-eea", "Yes, as listed below");
        awaitPreview("and no longer", lines -> lines.noneMatch(l -> l.contains(noTransfers)));

        chooseByClicking("#recipients-other-disclosures", "No");
        awaitPreview("\"no other regular disclosures\" is printed", lines -> lines.anyMatch(l -> l.contains(noOtherDisclosures)));
        chooseByClicking("#recipients-other-disclosures", "Yes");
        awaitPreview("and no longer", lines -> lines.noneMatch(l -> l.contains(noOtherDisclosures)));
        assertThat(register().otherDisclosures()).isEqualTo(Answer.YES);
    }

    @Test
    void automatedDecisionsAndProfilingPrintOnlyTheAnswersGiven() throws Exception {
        String noDecisions = sentence("automated.noDecisions");
        String noProfiling = sentence("automated.noProfiling");
        open(automationUnanswered());
        goTo(NoticeStep.COOKIES_AND_AUTOMATION);
        assertThat(shownIn("#automated-decisions")).isEqualTo("Choose…");
        assertThat(shownIn("#automated-profiling")).isEqualTo("Choose…");
        awaitPreview("nothing is said while unanswered",
                lines -> lines.noneMatch(l -> l.contains(noDecisions) || l.contains(noProfiling)));

        chooseByClicking("#automated-decisions", "No");
        awaitPreview("\"no automated decisions\" is printed", lines -> lines.anyMatch(l -> l.contains(noDecisions)));
        assertThat(previewContains(noProfiling)).as("profiling is still unanswered").isFalse();
        chooseByClicking("#automated-profiling", "No");
        awaitPreview("\"no profiling\" is printed", lines -> lines.anyMatch(l -> l.contains(noProfiling)));
        assertThat(showing(this, "#automated-logic")).isFalse();

        chooseByClicking("#automated-profiling", "Yes");
        await("the logic is asked for", () -> showing(this, "#automated-logic"));
        awaitPreview("\"no profiling\" is gone", lines -> lines.noneMatch(l -> l.contains(noProfiling)));
        assertThat(register().automatedDecisions().decisions()).isEqualTo(Answer.NO);
        assertThat(register().automatedDecisions().profiling()).isEqualTo(Answer.YES);
    }

    @Test
    void cookiesInUseAreListedOneByOneWithHowConsentIsAsked() throws Exception {
        open(SeedNotices.physiotherapy());
        goTo(NoticeStep.SYSTEMS);
        addFromCatalogue("google an", "Google Analytics");
        goTo(NoticeStep.COOKIES_AND_AUTOMATION);
        assertThat(showing(this, "#cookie-add")).as("no inventory before the owner says cookies are used").isFalse();
        chooseByClicking("#cookies-used", "Yes");
        await("the inventory is shown", () -> showing(this, "#cookie-add"));
        assertThat(text("#cookies-consent-help")).startsWith("Browser settings are not consent.").contains("section 205");
        assertThat(shownIn("#cookies-consent")).isEqualTo("Choose…");

        click("#cookie-add");
        await("a row to fill", () -> showing(this, "#cookie-0-name"));
        type("#cookie-0-name", "PHPSESSID");
        type("#cookie-0-provider", "Flowest");
        type("#cookie-0-purpose", "istunnon ylläpito");
        type("#cookie-0-lifetime", "istunnon ajan");
        assertThat(shownIn("#cookie-0-category")).as("a new row's category is the owner's to choose").isEqualTo("Choose…");
        chooseByClicking("#cookie-0-category", "Strictly necessary");
        awaitPreview("the cookie is in the notice", lines -> lines.anyMatch(l -> l.contains("PHPSESSID")));

        assertThat(text("#cookies-suggest")).isEqualTo("Add the cookies these services set: Google Analytics");
        click("#cookies-suggest");
        await("a row for Google Analytics", () -> showing(this, "#cookie-1-provider"));
        assertThat(text("#cookie-1-provider")).isEqualTo("Google Ireland Limited");
        assertThat(text("#cookie-1-name")).as("the name is the owner's to write, never guessed").isEmpty();
        assertThat(shownIn("#cookie-1-category")).isEqualTo("Analytics");
        assertThat(lookup("#cookies-suggest").tryQuery()).as("offered once per service").isEmpty();
        type("#cookie-1-name", "_ga");
        chooseByClicking("#cookies-consent", "In a consent tool or banner on the site, where they can also refuse");

        List<CookieEntry> inventory = notice().cookies().inventory();
        assertThat(inventory).extracting(CookieEntry::name, CookieEntry::provider, CookieEntry::category).containsExactly(
                tuple("PHPSESSID", "Flowest", CookieCategory.NECESSARY),
                tuple("_ga", "Google Ireland Limited", CookieCategory.ANALYTICS));
        assertThat(inventory.get(0).purpose().fi()).isEqualTo("istunnon ylläpito");
        assertThat(inventory.get(0).lifetime().fi()).isEqualTo("istunnon ajan");
        assertThat(notice().cookies().consent()).isEqualTo(CookieConsent.CONSENT_TOOL);

        click("#cookie-0-remove");
        await("the first row is gone", () -> text("#cookie-0-name").equals("_ga"));
        awaitPreview("and so is its cookie", lines -> lines.noneMatch(l -> l.contains("PHPSESSID")));
    }

    @Test
    void aSystemTransfersToASecondCountryWithItsOwnSafeguard() throws Exception {
        open(SeedNotices.physiotherapy());
        goTo(NoticeStep.SYSTEMS);
        addFromCatalogue("hub", "HubSpot");
        await("HubSpot is the fifth system", () -> showing(this, "#system-4-transfer-0-country"));
        assertThat(shownIn("#system-4-transfer-0-country")).isEqualTo("United States");
        click("#system-4-transfer-add");
        await("a second country to choose", () -> showing(this, "#system-4-transfer-1-country"));
        chooseByClicking("#system-4-transfer-1-country", "Canada");
        chooseByClicking("#system-4-transfer-1-safeguard", "EU adequacy decision");

        Transfer us = Catalogues.system("hubspot").orElseThrow().transfers().get(0);
        assertThat(us.country()).as("the catalogue's first country for HubSpot").isEqualTo("US");
        assertThat(notice().systems().get(4).transfers()).containsExactly(
                us, new Transfer("CA", TransferSafeguard.ADEQUACY_DECISION));
        awaitPreview("the notice names both countries in Finnish",
                lines -> lines.anyMatch(l -> l.contains("Kanada")));
        assertThat(previewContains("Yhdysvallat")).isTrue();

        goTo(NoticeStep.RECIPIENTS);
        assertThat(text("#recipients-transfers-hint")).contains("HubSpot");
        assertThat(lookup("#transfers-summary .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).contains("HubSpot", "Canada"));
    }

    // ----- the notice -----

    private String sentence(String key) {
        String text = notice.getProperty(key);
        assertThat(text).as("the export's Finnish wording has " + key).isNotNull();
        return text;
    }

    private void awaitPreview(String what, java.util.function.Predicate<java.util.stream.Stream<String>> condition)
            throws Exception {
        await(what + " (preview)", () -> condition.test(previewLines().stream()));
    }

    private boolean previewContains(String text) {
        return previewLines().stream().anyMatch(l -> l.contains(text));
    }

    private List<String> previewLines() {
        java.util.concurrent.Callable<List<String>> read = () -> lookup("#preview-page .label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        try {
            return javafx.application.Platform.isFxApplicationThread() ? read.call() : WaitForAsyncUtils.waitForAsyncFx(5000, read);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Notice notice() {
        WizardView wizard = lookup("#wizard").queryAs(WizardView.class);
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().current());
    }

    private Register register() {
        WizardView wizard = lookup("#wizard").queryAs(WizardView.class);
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().selectedRegister().orElseThrow());
    }

    // ----- the owner's hands -----

    private void goTo(NoticeStep step) throws Exception {
        click("#wizard-step-" + step.name());
        await("the wizard shows " + step, () -> showing(this, "#step-" + step.name()));
    }

    private String text(String query) {
        Node n = lookup(query).query();
        return n instanceof TextInputControl t ? t.getText() : ((javafx.scene.control.Labeled) n).getText();
    }

    @SuppressWarnings("unchecked")
    private String shownIn(String query) {
        ComboBox<Object> combo = lookup(query).queryAs(ComboBox.class);
        return combo.getConverter().toString(combo.getValue());
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

    private void type(String query, String value) {
        TextInputControl field = lookup(query).query();
        click(field);
        Keyboard.type(this, field, value);
        assertThat(field.getText()).as("typed into " + query).isEqualTo(value);
    }

    /**
     * Opens the combo box, scrolls its list to the item as the owner would with the wheel (a country is one of some
     * 250), and clicks it.
     */
    private void chooseByClicking(String query, String item) throws Exception {
        ComboBox<?> combo = lookup(query).queryAs(ComboBox.class);
        click(combo);
        await("the list of " + query + " is open", combo::isShowing);
        ListView<?> list = lookup((Node n) -> n instanceof ListView<?> && n.getScene() != combo.getScene()).queryAs(ListView.class);
        interact(() -> {
            for (int i = 0; i < combo.getItems().size(); i++) {
                if (item.equals(textOf(combo, i))) {
                    list.scrollTo(i);
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = lookup((Node n) -> n instanceof ListCell<?> c && item.equals(c.getText()) && n.getScene() != combo.getScene())
                .query();
        click(cell);
        await(query + " shows " + item, () -> item.equals(shownIn(query)));
        await("the list of " + query + " is closed", () -> !combo.isShowing());
    }

    @SuppressWarnings("unchecked")
    private static String textOf(ComboBox<?> combo, int index) {
        ComboBox<Object> c = (ComboBox<Object>) combo;
        return c.getConverter().toString(c.getItems().get(index));
    }

    /** Searches the systems catalogue, clicks the system in the list and adds it with the button. */
    private void addFromCatalogue(String search, String name) throws Exception {
        type("#systems-search", search);
        ListView<?> list = lookup("#systems-catalogue").queryAs(ListView.class);
        Node cell = lookup((Node n) -> n instanceof ListCell<?> c && c.getListView() == list
                && c.getText() != null && c.getText().startsWith(name + " — ")).query();
        click(cell);
        click("#systems-add");
        await(name + " is added", () -> text("#systems-search").isEmpty());
    }
}
