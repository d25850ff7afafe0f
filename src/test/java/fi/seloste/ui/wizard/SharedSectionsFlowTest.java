package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.MergeNote;
import fi.seloste.domain.SharedSection;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SystemUse;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.Bundles;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, "say it once" (docs/decisions/0021): with two registers, the owner ticks a security measure once and
 * the notice says it once, for the business; she adds a system once and ticks which registers keep data in it.
 * The UI is in English, the notice in Finnish, read from the export's own wording.
 */
class SharedSectionsFlowTest extends FxRobot {

    private static final String CUSTOMERS = "Flowest asiakastietorekisteri";
    private static final String NEWSLETTER = "Uutiskirjeen tilaajat";

    @TempDir
    Path root;

    private final WizardHands hands = new WizardHands(this);
    private Properties wording;

    @BeforeEach
    void readTheWording() throws Exception {
        wording = Bundles.load("/fi/seloste/export/notice_fi.properties");
    }

    @AfterEach
    void quit() throws Exception {
        hands.stop();
    }

    /** The physiotherapist's notice with a second register and, in her security, no backups yet. */
    private static Notice twoRegistersWithoutBackups() {
        Notice seed = SeedNotices.physiotherapy();
        List<Register> registers = new ArrayList<>(seed.registers());
        long next = registers.stream().mapToLong(Register::id).max().orElse(0) + 1;
        registers.add(Register.empty(next, RegisterTemplate.MARKETING_AND_NEWSLETTER, LocalizedText.finnish(NEWSLETTER)));
        EnumSet<SecurityMeasure> measures = EnumSet.noneOf(SecurityMeasure.class);
        measures.addAll(seed.security().measures());
        measures.remove(SecurityMeasure.BACKUPS);
        return seed.withRegisters(registers).withSecurity(seed.security().withMeasures(measures));
    }

    @Test
    void aSecurityMeasureTickedOnceIsTheBusinesssAndPrintedOnce() throws Exception {
        String backups = sentence("SecurityMeasure.BACKUPS");
        open(twoRegistersWithoutBackups());
        assertThat(notice().registers()).hasSize(2);
        hands.goTo(NoticeStep.SECURITY);
        awaitPreview("no backups in the notice yet", lines -> lines.noneMatch(l -> l.contains(backups)));

        CheckBox box = lookup("#security-backups").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isFalse();
        hands.click(box);

        await("the box is ticked", box::isSelected);
        assertThat(notice().security().measures()).contains(SecurityMeasure.BACKUPS);
        awaitPreview("backups are in the notice", lines -> lines.anyMatch(l -> l.contains(backups)));
        assertThat(previewLines().stream().filter(l -> l.contains(backups)).count())
                .as("said once for the business, not once per register").isEqualTo(1);
        assertThat(previewLines()).filteredOn(l -> l.equals(sentence("section.security")))
                .as("one security section").hasSize(1);
    }

    @Test
    void aMergedSectionStaysToBeCheckedUntilTheOwnerSaysSheHasCheckedIt() throws Exception {
        Notice merged = twoRegistersWithoutBackups()
                .withMergeNotes(List.of(new MergeNote(SharedSection.SECURITY, List.of(CUSTOMERS, NEWSLETTER))));
        open(merged);
        hands.goTo(NoticeStep.SECURITY);
        await("the note names the registers", () -> showing(this, "#merge-note-security")
                && lookup("#merge-note-security-text").queryAs(javafx.scene.control.Label.class).getText().contains(NEWSLETTER));

        hands.click("#security-backups");
        await("the box is ticked", () -> notice().security().measures().contains(SecurityMeasure.BACKUPS));
        assertThat(showing(this, "#merge-note-security")).as("one change is not a check of the whole section").isTrue();
        assertThat(notice().mergeNotes()).extracting(MergeNote::section).containsExactly(SharedSection.SECURITY);

        hands.click("#merge-note-security-confirm");
        await("the note goes", () -> !showing(this, "#merge-note-security"));
        assertThat(notice().mergeNotes()).isEmpty();
        assertThat(showing(this, "#security-backups")).as("the step stays where she was").isTrue();
    }

    @Test
    void aSystemAddedOnceIsTickedForTheRegistersThatUseIt() throws Exception {
        open(twoRegistersWithoutBackups());
        Notice before = notice();
        Register customers = before.registers().get(0);
        Register newsletter = before.registers().get(1);
        int index = before.systems().size();
        hands.goTo(NoticeStep.SYSTEMS);

        addFromCatalogue("hub", "HubSpot");
        String card = "#system-" + index;
        await("HubSpot has its card with a box per register", () -> showing(this, card + "-register-" + newsletter.id()));
        SystemUse hubspot = notice().systems().get(index);
        assertThat(hubspot.name()).isEqualTo("HubSpot");
        assertThat(notice().registersUsing(hubspot)).extracting(Register::id)
                .as("added for the register being edited").containsExactly(customers.id());
        CheckBox forCustomers = lookup(card + "-register-" + customers.id()).queryAs(CheckBox.class);
        CheckBox forNewsletter = lookup(card + "-register-" + newsletter.id()).queryAs(CheckBox.class);
        assertThat(forCustomers.isSelected()).isTrue();
        assertThat(forNewsletter.isSelected()).isFalse();
        assertThat(forNewsletter.getText()).isEqualTo(NEWSLETTER);

        hands.click(forNewsletter);

        await("the newsletter register uses HubSpot too",
                () -> notice().registersUsing(notice().systems().get(index)).size() == 2);
        assertThat(notice().systems()).as("one system, not one per register").hasSize(index + 1);
        assertThat(notice().systems()).filteredOn(s -> s.name().equals("HubSpot")).hasSize(1);
        String usedBy = sentence("systems.usedBy").replace("{0}", CUSTOMERS + ", " + NEWSLETTER);
        awaitPreview("the notice names both registers under HubSpot",
                lines -> lines.anyMatch(l -> l.contains("HubSpot") && l.contains(usedBy)));
        assertThat(previewLines()).filteredOn(l -> l.equals(sentence("section.systems")))
                .as("one systems section").hasSize(1);

        hands.click(card + "-register-" + customers.id());

        await("and the customer register no longer",
                () -> notice().registersUsing(notice().systems().get(index)).stream().map(Register::id).toList()
                        .equals(List.of(newsletter.id())));
        assertThat(notice().systems()).as("the system stays for the register that still uses it").hasSize(index + 1);
    }

    // ----- the app -----

    private void open(Notice clientFile) throws Exception {
        hands.open(root, clientFile);
    }

    private String sentence(String key) {
        String text = wording.getProperty(key);
        assertThat(text).as("the export's Finnish wording has " + key).isNotNull();
        return text;
    }

    private void awaitPreview(String what, java.util.function.Predicate<java.util.stream.Stream<String>> condition)
            throws Exception {
        await(what + " (preview)", () -> condition.test(previewLines().stream()));
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

    /** Searches the systems catalogue, clicks the system in the list and adds it with the button. */
    private void addFromCatalogue(String search, String name) throws Exception {
        hands.type("#systems-search", search);
        ListView<?> list = lookup("#systems-catalogue").queryAs(ListView.class);
        Node cell = lookup((Node n) -> n instanceof ListCell<?> c && c.getListView() == list
                && c.getText() != null && c.getText().startsWith(name + " — ")).query();
        hands.click(cell);
        hands.click("#systems-add");
        await(name + " is added", () -> hands.text("#systems-search").isEmpty());
    }
}
