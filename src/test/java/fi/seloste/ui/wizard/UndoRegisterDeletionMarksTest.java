package fi.seloste.ui.wizard;

import static fi.seloste.testing.RunningApp.await;
import static fi.seloste.testing.RunningApp.showing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.PlacedFieldKey.Field;
import fi.seloste.domain.Register;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The owner deletes a register whose values came from her old notice and takes the deletion back: the register comes
 * back with its fields still marked to check, in the wizard and in the file, on the id the file gave it again.
 */
class UndoRegisterDeletionMarksTest extends FxRobot {

    @TempDir
    Path root;

    private final WizardHands hands = new WizardHands(this);

    @AfterEach
    void quit() throws Exception {
        hands.stop();
    }

    @Test
    void aDeletedRegisterComesBackWithItsMarksFromTheOldNotice() throws Exception {
        FromOldNotice[] placed = new FromOldNotice[3];
        Path file = hands.open(root, SeedNotices.physiotherapy(), written -> {
            Register register = written.registers().get(0);
            placed[0] = new FromOldNotice(PlacedFieldKey.of(Field.CONTROLLER_NAME), written.controller().name(),
                    "Rekisterinpitäjä: " + written.controller().name() + ".");
            placed[1] = new FromOldNotice(PlacedFieldKey.ofRegister(Field.REGISTER_DESCRIPTION, register.id()),
                    register.description().fi(), "Rekisterissä ovat asiakkaat.");
            placed[2] = new FromOldNotice(PlacedFieldKey.ofRegister(Field.PURPOSE_DESCRIPTION, register.id(), "0"),
                    register.purposes().get(0).description().fi(), "Tietoja käsitellään asiakassuhteen hoitamiseksi.");
            return List.of(placed);
        });
        hands.goTo(NoticeStep.REGISTERS);
        await("the register's description is marked", () -> showing(this, "#register-0-description-old-notice"));
        assertThat(hands.text("#old-notice-marks-count")).isEqualTo("3 values from your old notice to check");
        long before = registers().get(0).id();

        hands.click("#register-0-delete");

        await("the register is deleted", () -> registers().isEmpty());
        await("its marks are no longer counted", () -> "1 value from your old notice to check".equals(
                hands.text("#old-notice-marks-count")));

        hands.click("#undo-bar-undo");

        await("the register is back", () -> registers().size() == 1);
        long after = registers().get(0).id();
        assertThat(after).as("the file gives the register a new id").isNotEqualTo(before);
        await("its description is marked again", () -> showing(this, "#register-0-description-old-notice"));
        await("and counted", () -> "3 values from your old notice to check".equals(hands.text("#old-notice-marks-count")));
        hands.goTo(NoticeStep.PURPOSES);
        await("the purpose's mark is back too", () -> showing(this, "#purpose-0-description-old-notice"));

        hands.stop();
        try (ClientFile saved = ClientFiles.openToRead(file)) {
            assertThat(saved.loadMarks()).as("in the file, on the register as it came back").containsExactly(placed[0],
                    onRegister(placed[1], after), onRegister(placed[2], after));
        }
    }

    private List<Register> registers() {
        WizardView wizard = hands.wizard();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> wizard.editor().current().registers());
    }

    private static FromOldNotice onRegister(FromOldNotice mark, long registerId) {
        return new FromOldNotice(new PlacedFieldKey(mark.field().field(), registerId, mark.field().item()), mark.value(),
                mark.sentence());
    }
}
