package fi.seloste.domain.check;

import fi.seloste.domain.NoticeStep;

/**
 * Each kind of text the owner writes per language, with the step whose field holds it: what a translation finding
 * names ("own data item", "recipient's name"), in the findings bundles under "field.NAME".
 */
public enum OwnerTextField {
    INTRODUCTION(OwnerTexts.INTRODUCTION_STEP),
    CONTACT_TITLE(NoticeStep.CONTACT),
    DPO_TITLE(NoticeStep.CONTACT),
    REGISTER_NAME(NoticeStep.REGISTERS),
    REGISTER_DESCRIPTION(NoticeStep.REGISTERS),
    PURPOSE(NoticeStep.PURPOSES),
    LEGITIMATE_INTEREST(NoticeStep.PURPOSES),
    PROVISION_CONSEQUENCE(NoticeStep.PURPOSES),
    OWN_SUBJECT_GROUP(NoticeStep.DATA),
    OWN_DATA_ITEM(NoticeStep.DATA),
    IDENTITY_CODE_REASON(NoticeStep.DATA),
    SOURCE_DESCRIPTION(NoticeStep.SOURCES),
    SYSTEM_USED_FOR(NoticeStep.SYSTEMS),
    SYSTEM_STORAGE(NoticeStep.SYSTEMS),
    RECIPIENT_NAME(NoticeStep.RECIPIENTS),
    RECIPIENT_DESCRIPTION(NoticeStep.RECIPIENTS),
    RETENTION_APPLIES_TO(NoticeStep.RETENTION),
    RETENTION_DETAILS(NoticeStep.RETENTION),
    SECURITY_PAPER(NoticeStep.SECURITY),
    SECURITY_ELECTRONIC(NoticeStep.SECURITY),
    SECURITY_ORGANISATIONAL(NoticeStep.SECURITY),
    COOKIES_DESCRIPTION(NoticeStep.COOKIES_AND_AUTOMATION),
    COOKIE_PURPOSE(NoticeStep.COOKIES_AND_AUTOMATION),
    COOKIE_LIFETIME(NoticeStep.COOKIES_AND_AUTOMATION),
    AUTOMATED_LOGIC(NoticeStep.COOKIES_AND_AUTOMATION),
    AUTOMATED_SIGNIFICANCE(NoticeStep.COOKIES_AND_AUTOMATION),
    RIGHTS_INSTRUCTIONS(NoticeStep.RIGHTS);

    private final NoticeStep step;

    OwnerTextField(NoticeStep step) {
        this.step = step;
    }

    public NoticeStep step() {
        return step;
    }
}
