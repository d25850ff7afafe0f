package fi.seloste.domain;

/** The sections of a notice that are the business's, shared by all its registers. */
public enum SharedSection {
    SYSTEMS(NoticeStep.SYSTEMS),
    SECURITY(NoticeStep.SECURITY),
    COOKIES(NoticeStep.COOKIES_AND_AUTOMATION);

    private final NoticeStep step;

    SharedSection(NoticeStep step) {
        this.step = step;
    }

    /** The wizard step where the owner edits the section. */
    public NoticeStep step() {
        return step;
    }
}
