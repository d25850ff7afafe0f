package fi.seloste.ui.wizard;

import javafx.scene.Node;

/**
 * A page of the wizard for the business's own use, never printed in the notice, such as the record of processing
 * (Art. 30). The wizard lists these after the notice's steps, apart from them and marked internal. The page gets
 * the same context as a step; with {@link #perRegister()} the wizard shows the register chooser above it.
 */
public interface InternalPage {

    /** A short id: the list entry is {@code wizard-page-<id>}, the page's content {@code page-<id>}. */
    String id();

    /** The key of the page's title; {@code <key>.short} names it in the list of steps. */
    String titleKey();

    default boolean perRegister() {
        return false;
    }

    /** Whether the preview beside the page shows the record of processing rather than the notice. */
    default boolean previewsRecord() {
        return false;
    }

    /** Builds the page; a per-register page is built even when there is no register yet, and says so itself. */
    Node build(StepContext context);
}
