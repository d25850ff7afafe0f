package fi.seloste.ui.wizard;

import fi.seloste.domain.NoticeStep;

/**
 * Where the owner is in the wizard, to be shown again when the window's content is rebuilt in another UI language:
 * the step, or the internal page (its id, null for a step), and the page's scroll position (0 top, 1 bottom).
 */
public record WizardPlace(NoticeStep step, String internalPageId, double scroll) {
}
