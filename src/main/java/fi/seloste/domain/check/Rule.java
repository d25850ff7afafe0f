package fi.seloste.domain.check;

import static fi.seloste.domain.check.Severity.ERROR;
import static fi.seloste.domain.check.Severity.INFO;
import static fi.seloste.domain.check.Severity.WARNING;

import fi.seloste.domain.NoticeStep;

/**
 * The completeness rules, each with its severity and the wizard step where the owner fixes what it finds. The name
 * is a stable id; the message is {@link #messageKey()} in the findings bundles.
 */
public enum Rule {
    CONTROLLER_NAME_MISSING(ERROR, NoticeStep.CONTROLLER),
    BUSINESS_ID_MISSING(WARNING, NoticeStep.CONTROLLER),
    BUSINESS_ID_INVALID(ERROR, NoticeStep.CONTROLLER),
    CONTROLLER_ADDRESS_INCOMPLETE(ERROR, NoticeStep.CONTROLLER),
    POSTAL_CODE_NOT_FIVE_DIGITS(WARNING, NoticeStep.CONTROLLER),
    CONTROLLER_UNREACHABLE(ERROR, NoticeStep.CONTROLLER),
    CONTACT_PERSON_MISSING(ERROR, NoticeStep.CONTACT),
    CONTACT_PERSON_UNREACHABLE(ERROR, NoticeStep.CONTACT),
    DPO_UNREACHABLE(WARNING, NoticeStep.CONTACT),

    NO_REGISTERS(ERROR, NoticeStep.REGISTERS),
    REGISTER_NAME_MISSING(ERROR, NoticeStep.REGISTERS),
    NO_PURPOSES(ERROR, NoticeStep.PURPOSES),
    PURPOSE_DESCRIPTION_MISSING(ERROR, NoticeStep.PURPOSES),
    LEGAL_BASIS_MISSING(ERROR, NoticeStep.PURPOSES),
    LEGITIMATE_INTEREST_NOT_WRITTEN(ERROR, NoticeStep.PURPOSES),
    PROVISION_NOT_STATED(WARNING, NoticeStep.PURPOSES),
    PROVISION_CONSEQUENCE_MISSING(WARNING, NoticeStep.PURPOSES),
    CONSENT_WITHDRAWAL_NOT_EXPLAINED(WARNING, NoticeStep.RIGHTS),

    NO_DATA_SUBJECTS(ERROR, NoticeStep.DATA),
    NO_DATA_CATEGORIES(ERROR, NoticeStep.DATA),
    SPECIAL_CATEGORY_WITHOUT_CONDITION(ERROR, NoticeStep.DATA),
    EXPLICIT_CONSENT_WITHOUT_CONSENT_PURPOSE(WARNING, NoticeStep.DATA),
    IDENTITY_CODE_REASON_MISSING(ERROR, NoticeStep.DATA),
    IDENTITY_CODE_REASON_WITHOUT_CODE(INFO, NoticeStep.DATA),
    NO_SOURCES(ERROR, NoticeStep.SOURCES),

    SYSTEM_NAME_MISSING(ERROR, NoticeStep.SYSTEMS),
    SYSTEM_TRANSFER_COUNTRY_MISSING(ERROR, NoticeStep.SYSTEMS),
    SYSTEM_TRANSFER_WITHOUT_SAFEGUARD(ERROR, NoticeStep.SYSTEMS),
    RECIPIENT_NOT_DESCRIBED(ERROR, NoticeStep.RECIPIENTS),
    RECIPIENT_TRANSFER_COUNTRY_MISSING(ERROR, NoticeStep.RECIPIENTS),
    RECIPIENT_TRANSFER_WITHOUT_SAFEGUARD(ERROR, NoticeStep.RECIPIENTS),

    NO_RETENTION_RULE(ERROR, NoticeStep.RETENTION),
    RETENTION_YEARS_MISSING(ERROR, NoticeStep.RETENTION),
    RETENTION_DETAILS_MISSING(ERROR, NoticeStep.RETENTION),

    SECURITY_NOT_DESCRIBED(WARNING, NoticeStep.SECURITY),
    COOKIES_NOT_DESCRIBED(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    ANALYTICS_WITHOUT_COOKIES(WARNING, NoticeStep.COOKIES_AND_AUTOMATION),
    AUTOMATED_DECISIONS_NOT_EXPLAINED(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),

    /** Found at the step of the untranslated text, so it has no step of its own. */
    TRANSLATION_MISSING(WARNING, null),
    REVIEW_DATE_MISSING(INFO, NoticeStep.REVIEW),
    REVIEW_DATE_PASSED(WARNING, NoticeStep.REVIEW);

    private final Severity severity;
    private final NoticeStep step;

    Rule(Severity severity, NoticeStep step) {
        this.severity = severity;
        this.step = step;
    }

    public Severity severity() {
        return severity;
    }

    /** The step where the owner fixes what the rule finds; null for {@link #TRANSLATION_MISSING}. */
    public NoticeStep step() {
        return step;
    }

    public String messageKey() {
        return "rule." + name();
    }
}
