package fi.seloste.ui.wizard;

import fi.seloste.domain.Register;
import fi.seloste.ui.Controls;

import javafx.scene.Node;
import javafx.scene.control.Button;

/** A step about one register: the wizard shows the register chooser above it and hands it the chosen register. */
abstract class RegisterStep implements Step {

    @Override
    public final boolean perRegister() {
        return true;
    }

    @Override
    public final Node build(StepContext context) {
        return build(context, context.editor().selectedRegister().orElseThrow());
    }

    abstract Node build(StepContext context, Register register);

    /** A button that removes one item of a list and shows the step again. */
    static Button removeButton(StepContext context, String id, Runnable remove) {
        Button button = Controls.button(id, context.fields().i18n().text("wizard.remove"));
        button.getStyleClass().add("flat");
        button.setOnAction(e -> {
            remove.run();
            context.rebuild().run();
        });
        return button;
    }
}
