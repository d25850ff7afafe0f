package fi.seloste.ui.wizard;

import fi.seloste.domain.NoticeStep;

import javafx.scene.Node;

/** One page of the wizard: builds its content from the editor's current notice. */
interface Step {

    NoticeStep id();

    /** Steps about one register show the register chooser above them. */
    default boolean perRegister() {
        return false;
    }

    Node build(StepContext context);
}
