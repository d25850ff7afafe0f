package fi.seloste.ui.wizard;

import java.util.function.Consumer;

import fi.seloste.domain.NoticeStep;

/**
 * What a step needs: the editor, the form controls in the UI and text languages, a way to rebuild itself after
 * adding or removing an item, and a way to send the owner to another step.
 */
public record StepContext(NoticeEditor editor, Fields fields, Runnable rebuild, Consumer<NoticeStep> goTo) {
}
