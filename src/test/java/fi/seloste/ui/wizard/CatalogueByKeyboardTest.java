package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.SystemUse;
import fi.seloste.seeds.SeedNotices;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The owner adds systems from the catalogue by keyboard (the beauty salon's notice, which has Ajas only): she types,
 * goes down into the list, adds with Enter, adds two at once, and sees what she has added already. The card added is
 * open, in view and has the focus; the others are one line each.
 */
class CatalogueByKeyboardTest extends FxRobot {

    @TempDir
    Path root;

    private final WizardHands hands = new WizardHands(this);

    @AfterEach
    void quit() throws Exception {
        hands.stop();
    }

    @Test
    void typingDownAndEnterAddShopifyAndShowItsCardOpenInViewWithTheFocus() throws Exception {
        hands.open(root, SeedNotices.beautySalon());
        hands.goTo(NoticeStep.SYSTEMS);
        assertThat(showing(this, "#system-0-vendor")).as("Ajas is one summary line").isFalse();
        assertThat(hands.text("#system-0-summary-name")).isEqualTo("Ajas");
        assertThat(hands.text("#system-0-summary")).isEqualTo("Ajas Oy · processor · Upcloud Oy:n palvelinsalissa Helsingissä");

        hands.type("#systems-search", "shop");
        hands.hit(KeyCode.DOWN);
        assertThat(hands.focused()).isEqualTo("systems-catalogue");
        assertThat(selected()).extracting(CatalogueSystem::id).containsExactly("shopify");
        hands.hit(KeyCode.ENTER);

        await("Shopify is added", () -> hands.systems().size() == 2);
        assertThat(hands.systems().get(1).catalogId()).isEqualTo("shopify");
        await("its card is open", () -> showing(this, "#system-1-vendor"));
        assertThat(hands.text("#system-1-vendor")).isEqualTo(hands.systems().get(1).vendor());
        assertThat(hands.inView("#system-1")).as("the new card is scrolled into view").isTrue();
        assertThat(hands.focused()).as("and has the focus").isEqualTo("system-1-edit");
        assertThat(lookup("#system-1-edit").query().getAccessibleHelp()).as("read out").startsWith("Added: Shopify.");
        assertThat(hands.text("#systems-added")).isEqualTo("Added: Shopify.");
        assertThat(showing(this, "#system-0-vendor")).as("Ajas stays one line").isFalse();

        hands.click("#system-1-edit");
        await("the card closes to its line", () -> !showing(this, "#system-1-vendor"));
        assertThat(hands.text("#system-1-summary")).startsWith("Shopify International Limited · processor · ")
                .contains("outside the EU/EEA: ").contains("United States");
        hands.click("#system-0-edit");
        await("a line opens to its editor", () -> showing(this, "#system-0-vendor"));
    }

    @Test
    void enterInTheSearchAddsTheOnlySystemFound() throws Exception {
        hands.open(root, SeedNotices.beautySalon());
        hands.goTo(NoticeStep.SYSTEMS);
        hands.type("#systems-search", "procountor");
        assertThat(lookup("#systems-catalogue").queryAs(ListView.class).getItems()).hasSize(1);
        hands.hit(KeyCode.ENTER);
        await("Procountor is added", () -> hands.systems().stream().anyMatch(s -> "procountor".equals(s.catalogId())));
        await("and shown open", () -> showing(this, "#system-1-vendor"));
    }

    @Test
    void twoSelectedAreAddedAtOnce() throws Exception {
        hands.open(root, SeedNotices.beautySalon());
        hands.goTo(NoticeStep.SYSTEMS);
        hands.type("#systems-search", "google");
        hands.hit(KeyCode.DOWN);
        hands.hit(KeyCode.DOWN, true, false);
        assertThat(selected()).extracting(CatalogueSystem::id).containsExactly("google-workspace", "google-analytics");
        Button add = lookup("#systems-add").queryAs(Button.class);
        assertThat(add.getText()).isEqualTo("Add 2 selected");

        hands.click("#systems-add");

        await("both are added", () -> hands.systems().size() == 3);
        assertThat(hands.systems()).extracting(SystemUse::catalogId)
                .containsExactly(null, "google-workspace", "google-analytics");
        await("both cards are open", () -> showing(this, "#system-1-vendor") && showing(this, "#system-2-vendor"));
        assertThat(hands.focused()).isEqualTo("system-1-edit");
        assertThat(hands.text("#systems-added")).isEqualTo("Added: Google Workspace, Google Analytics.");
    }

    @Test
    void aSystemAlreadyAddedIsMarkedAndNotAddedTwice() throws Exception {
        hands.open(root, SeedNotices.beautySalon());
        hands.goTo(NoticeStep.SYSTEMS);
        hands.type("#systems-search", "shop");
        hands.hit(KeyCode.DOWN);
        hands.hit(KeyCode.ENTER);
        await("Shopify is added", () -> hands.systems().size() == 2);

        hands.type("#systems-search", "shop");
        await("Shopify is marked in the list", () -> cellText(0).startsWith("✓ added: Shopify — "));
        assertThat(cellText(1)).doesNotStartWith("✓");
        hands.hit(KeyCode.DOWN);
        assertThat(selected()).extracting(CatalogueSystem::id).containsExactly("shopify");
        assertThat(lookup("#systems-add").queryAs(Button.class).isDisabled()).as("nothing new to add").isTrue();
        hands.hit(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hands.systems()).extracting(SystemUse::catalogId).containsExactly(null, "shopify");

        hands.hit(KeyCode.DOWN, true, false);
        Button add = lookup("#systems-add").queryAs(Button.class);
        assertThat(add.isDisabled()).isFalse();
        assertThat(add.getText()).as("only the one not added yet counts").isEqualTo("Add the chosen system");
        hands.click(add);
        await("only the other is added", () -> hands.systems().size() == 3);
        assertThat(hands.systems().stream().filter(s -> "shopify".equals(s.catalogId()))).hasSize(1);
    }

    @Test
    void theKantaNoteIsForAHealthcareBusinessOnly() throws Exception {
        hands.open(root.resolve("salon"), SeedNotices.beautySalon());
        hands.goTo(NoticeStep.SYSTEMS);
        assertThat(lookup("#systems-kanta-note").tryQuery()).as("a beauty salon").isEmpty();
        hands.stop();

        hands.open(root.resolve("physio"), SeedNotices.physiotherapy());
        hands.goTo(NoticeStep.SYSTEMS);
        assertThat(showing(this, "#systems-kanta-note")).as("a physiotherapist, with Kanta among her recipients").isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<CatalogueSystem> selected() {
        ListView<CatalogueSystem> list = lookup("#systems-catalogue").queryAs(ListView.class);
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> List.copyOf(list.getSelectionModel().getSelectedItems()));
    }

    private String cellText(int index) {
        ListView<?> list = lookup("#systems-catalogue").queryAs(ListView.class);
        Node cell = lookup((Node n) -> n instanceof ListCell<?> c && c.getListView() == list && c.getIndex() == index).query();
        String text = ((ListCell<?>) cell).getText();
        return text == null ? "" : text;
    }
}
