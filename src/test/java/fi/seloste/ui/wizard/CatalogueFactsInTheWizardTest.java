package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import fi.seloste.domain.LocalizedText;
import fi.seloste.catalogue.CatalogueFact;
import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Country;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;
import fi.seloste.testing.ClientFileWriter;
import fi.seloste.testing.RunningApp;
import fi.seloste.testing.StepPage;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The catalogue in the systems step (issue 12). A client file made with an older catalogue entry shows what the
 * catalogue now says beside what the notice says, and one click applies it or keeps the owner's own facts; either
 * way the choice is saved and the same facts are not offered again. Beside a system's fields: "check this with the
 * vendor" by a fact no source confirmed and nothing by a confirmed one, the vendor's roles for other plans, and an
 * EU data region taken with one click. Entries are picked from the catalogue by what they hold, so the test follows
 * the data.
 */
class CatalogueFactsInTheWizardTest extends FxRobot {

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
    void theOwnerSeesWhatChangedAndAppliesItWithOneClickOrKeepsHerOwn() throws Exception {
        List<CatalogueSystem> transferring = Catalogues.systems().stream()
                .filter(s -> !s.transfers().isEmpty() && !s.statutory() && !s.needsHostingProvider()).limit(2).toList();
        CatalogueSystem first = transferring.get(0);
        CatalogueSystem second = transferring.get(1);
        Notice seed = SeedNotices.physiotherapy();
        Register register = seed.registers().get(0);
        int firstIndex = seed.systemsOf(register).size();
        List<SystemUse> systems = new ArrayList<>(seed.systemsOf(register));
        systems.add(asAnOlderCatalogueHadIt(first));
        systems.add(asAnOlderCatalogueHadIt(second));
        open(fi.seloste.testing.OwnSections.onlySystems(seed, systems));

        String id = "#system-" + firstIndex;
        StepPage.goTo(this, NoticeStep.SYSTEMS);
        await("the newer facts of " + first.name() + " are shown", () -> showing(this, id + "-update"));
        assertThat(text(id + "-update-transfers-now")).isEqualTo("no transfers");
        assertThat(text(id + "-update-transfers-catalogue"))
                .contains(Country.name(first.transfers().get(0).country(), Language.EN));
        assertThat(text(id + "-update-storage-now")).isEqualTo("EU/ETA (vanha luettelo)");

        click(id + "-update-apply");
        await("the update is gone once applied", () -> !showing(this, id + "-update"));
        SystemUse applied = system(firstIndex);
        assertThat(applied.transfers()).isEqualTo(first.transfers());
        assertThat(applied.storageLocation()).isEqualTo(first.storageLocation());
        assertThat(applied.factsCheckedOn()).isEqualTo(first.factsCheckedOn());
        assertThat(applied.usedFor()).isEqualTo(first.usedFor());
        String finnishCountry = Country.name(first.transfers().get(0).country(), Language.FI);
        await("the preview names the country", () -> previewLines().stream().anyMatch(l -> l.contains(finnishCountry)));

        String other = "#system-" + (firstIndex + 1);
        await("the second system's update is still shown", () -> showing(this, other + "-update"));
        click(other + "-update-keep");
        await("and gone once she keeps her own", () -> !showing(this, other + "-update"));
        SystemUse kept = system(firstIndex + 1);
        assertThat(kept.transfers()).isEmpty();
        assertThat(kept.storageLocation()).isEqualTo(LocalizedText.finnish("EU/ETA (vanha luettelo)"));
        assertThat(kept.factsCheckedOn()).isEqualTo(second.factsCheckedOn());

        app.stop();
        app = null;
        try (ClientFile client = ClientFiles.openToRead(file)) {
            List<SystemUse> saved = client.load().systems();
            assertThat(saved.get(firstIndex)).isEqualTo(applied);
            assertThat(saved.get(firstIndex + 1)).isEqualTo(kept);
        }
    }

    @Test
    void unconfirmedFactsOtherRolesAndTheEuRegionAreShownBesideTheSystem() throws Exception {
        CatalogueSystem unconfirmedVendor = first(s -> !s.confirmed(CatalogueFact.VENDOR) && !s.needsHostingProvider());
        CatalogueSystem confirmedVendor = first(s -> s.confirmed(CatalogueFact.VENDOR) && s.role().hasOutsideParty());
        CatalogueSystem otherRoles = first(s -> !s.otherRoles().isEmpty());
        CatalogueSystem euRegion = first(s -> s.euDataRegion() != null);
        Notice seed = SeedNotices.physiotherapy();
        Register register = seed.registers().get(0);
        int at = seed.systemsOf(register).size();
        List<SystemUse> systems = new ArrayList<>(seed.systemsOf(register));
        for (CatalogueSystem s : List.of(unconfirmedVendor, confirmedVendor, otherRoles, euRegion)) {
            systems.add(s.toSystemUse());
        }
        open(fi.seloste.testing.OwnSections.onlySystems(seed, systems));
        StepPage.goTo(this, NoticeStep.SYSTEMS);
        // The systems from the file are one line each: she opens them, the last first, so that each opening leaves
        // the next card to open where it was.
        for (int i = at + 3; i >= at; i--) {
            int index = i;
            assertThat(showing(this, "#system-" + index + "-vendor")).as("a system from the file is one line").isFalse();
            StepPage.click(this, lookup("#system-" + index + "-edit").query());
            await("card " + index + " opens", () -> showing(this, "#system-" + index + "-role"));
        }

        await("the unconfirmed vendor is marked", () -> showing(this, "#system-" + at + "-unconfirmed-vendor"));
        assertThat(text("#system-" + at + "-unconfirmed-vendor")).startsWith("Check this with the vendor");
        assertThat(lookup("#system-" + (at + 1) + "-unconfirmed-vendor").tryQuery()).isEmpty();
        VBox roles = lookup("#system-" + (at + 2) + "-other-roles").queryAs(VBox.class);
        assertThat(roles.getChildren()).extracting(n -> ((Label) n).getText())
                .anySatisfy(line -> assertThat(line).contains(otherRoles.otherRoles().get(0).when().en()));

        String eu = "#system-" + (at + 3) + "-eu-region";
        await("the EU region is offered", () -> showing(this, eu));
        click(eu);
        await("and once taken no longer offered", () -> !showing(this, eu));
        SystemUse taken = system(at + 3);
        assertThat(taken.storageLocation()).isEqualTo(euRegion.euDataRegion().storageLocation());
        assertThat(taken.transfers()).isEqualTo(euRegion.euDataRegion().transfers());
    }

    private static CatalogueSystem first(Predicate<CatalogueSystem> holds) {
        return Catalogues.systems().stream().filter(s -> !s.statutory()).filter(holds).findFirst()
                .orElseThrow(() -> new AssertionError("the catalogue has no entry for this test"));
    }

    /** The entry as a catalogue of a month earlier gave it: no transfers, another storage, an earlier date. */
    private static SystemUse asAnOlderCatalogueHadIt(CatalogueSystem entry) {
        return entry.toSystemUse().withTransfers(List.of()).withStorageLocation(LocalizedText.finnish("EU/ETA (vanha luettelo)"))
                .withFactsCheckedOn(entry.factsCheckedOn().minusMonths(1));
    }

    private void open(Notice notice) throws Exception {
        Path folder = Files.createDirectories(root.resolve("clients"));
        file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFileWriter.write(file, notice);
        app = new RunningApp(root.resolve("app"));
        app.startOn(file, Language.EN);
        await("the wizard is shown", () -> showing(this, "#wizard-steps"));
    }

    private SystemUse system(int index) {
        WizardView wizard = lookup("#wizard").queryAs(WizardView.class);
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().current().systems().get(index));
    }

    private List<String> previewLines() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup("#preview-page .label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
    }

    private String text(String query) {
        return ((Label) lookup(query).query()).getText();
    }

    private void click(String query) {
        StepPage.click(this, lookup(query).query());
    }
}
