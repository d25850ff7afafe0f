package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import fi.seloste.domain.DataCategory;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.SystemUse;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The physiotherapist removes a purpose, a system, a recipient and a data item and brings each back, with the
 * banner's Undo and with Ctrl+Z; several removals come back newest first, also after she has typed elsewhere.
 */
class UndoRemovalTest extends FxRobot {

    @TempDir
    Path root;

    private final WizardHands hands = new WizardHands(this);

    @BeforeEach
    void open() throws Exception {
        hands.open(root, SeedNotices.physiotherapy());
    }

    @AfterEach
    void quit() throws Exception {
        hands.stop();
    }

    @Test
    void aRemovedPurposeComesBackWithTheBannersUndo() throws Exception {
        hands.goTo(NoticeStep.PURPOSES);
        List<Purpose> before = hands.register().purposes();
        assertThat(showing(this, "#undo-bar")).isFalse();

        hands.click("#purpose-0-remove");

        await("the purpose is removed", () -> hands.register().purposes().isEmpty());
        await("the banner says what was removed", () -> showing(this, "#undo-bar"));
        assertThat(hands.text("#undo-bar-message")).isEqualTo("Removed: Henkilötietoja käsitellään asiakassuhteen hoitamiseksi.");
        assertThat(hands.focused()).as("the focus is on Undo, not on what moved under the pointer").isEqualTo("undo-bar-undo");

        hands.click("#undo-bar-undo");

        await("the purpose is back", () -> hands.register().purposes().equals(before));
        await("its card is shown again", () -> showing(this, "#purpose-0-description"));
        assertThat(showing(this, "#undo-bar")).as("nothing more to undo").isFalse();
    }

    @Test
    void aSystemARecipientAndADataItemComeBackWithCtrlZ() throws Exception {
        hands.goTo(NoticeStep.SYSTEMS);
        List<SystemUse> systems = hands.systems();
        hands.click("#system-1-remove");
        await("Holvi is removed", () -> hands.systems().size() == systems.size() - 1);
        assertThat(hands.text("#undo-bar-message")).isEqualTo("Removed: Holvi");
        hands.ctrlZ();
        await("Holvi is back in its place", () -> hands.systems().equals(systems));

        hands.goTo(NoticeStep.RECIPIENTS);
        List<Recipient> recipients = hands.register().recipients();
        hands.click("#recipient-0-remove");
        await("Kanta is removed from the recipients", () -> hands.register().recipients().isEmpty());
        assertThat(hands.text("#undo-bar-message")).isEqualTo("Removed: Kanta");
        hands.ctrlZ();
        await("and back", () -> hands.register().recipients().equals(recipients));

        hands.goTo(NoticeStep.DATA);
        List<DataCategory> categories = hands.register().dataCategories();
        hands.click("#category-own-2-remove");
        await("the e-mail address is removed", () -> hands.register().dataCategories().size() == categories.size() - 1);
        assertThat(hands.text("#undo-bar-message")).isEqualTo("Removed: sähköpostiosoite");
        hands.ctrlZ();
        await("and back in its place", () -> hands.register().dataCategories().equals(categories));
        await("its line is shown again", () -> showing(this, "#category-own-5-remove"));
    }

    @Test
    void severalRemovalsComeBackNewestFirstAlsoAfterTypingElsewhere() throws Exception {
        hands.goTo(NoticeStep.SYSTEMS);
        List<SystemUse> systems = hands.systems();
        hands.click("#system-0-remove");
        await("HubSpot is removed", () -> hands.systems().size() == systems.size() - 1);
        hands.click("#system-0-remove");
        await("and Holvi", () -> hands.systems().size() == systems.size() - 2);
        assertThat(hands.text("#undo-bar-message")).isEqualTo("Removed: Holvi");

        hands.goTo(NoticeStep.PURPOSES);
        assertThat(showing(this, "#undo-bar")).as("the banner belongs to the step where the removal was").isFalse();
        hands.type("#provision-consequence", "Ilman tietoja emme voi palvella.");
        // On from the field (whose own Ctrl+Z would first take back the typing), as to the language buttons.
        hands.click("#text-language-fi");
        assertThat(hands.focused()).isEqualTo("text-language-fi");

        hands.ctrlZ();
        await("Holvi is back first", () -> hands.systems().equals(systems.subList(1, systems.size())));
        await("shown on its step", () -> showing(this, "#step-SYSTEMS"));
        await("with HubSpot still offered back", () -> showing(this, "#undo-bar")
                && hands.text("#undo-bar-message").equals("Removed: Hubspot"));
        hands.ctrlZ();
        await("then HubSpot", () -> hands.systems().equals(systems));
        assertThat(showing(this, "#undo-bar")).isFalse();
        assertThat(hands.register().provision().consequence().fi()).as("the typing stays").isEqualTo("Ilman tietoja emme voi palvella.");
    }
}
