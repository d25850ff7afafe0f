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
    /** Neither a postal address, an email address, a phone number nor the DPO's email address: Art. 13(1)(a). */
    CONTROLLER_CONTACT_MISSING(ERROR, NoticeStep.CONTROLLER),
    /** Art. 13(1)(a) asks for the controller's contact details, not for a named person: recommended only. */
    CONTACT_PERSON_MISSING(WARNING, NoticeStep.CONTACT),
    CONTACT_PERSON_UNREACHABLE(ERROR, NoticeStep.CONTACT),
    DPO_UNREACHABLE(WARNING, NoticeStep.CONTACT),
    /** Found at the controller's or a person's step, whichever the address belongs to. */
    INVALID_EMAIL(ERROR, null),
    INVALID_PHONE(ERROR, null),
    INVALID_WEBSITE(ERROR, NoticeStep.CONTROLLER),

    NO_REGISTERS(ERROR, NoticeStep.REGISTERS),
    REGISTER_NAME_MISSING(ERROR, NoticeStep.REGISTERS),
    NO_PURPOSES(ERROR, NoticeStep.PURPOSES),
    PURPOSE_DESCRIPTION_MISSING(ERROR, NoticeStep.PURPOSES),
    LEGAL_BASIS_MISSING(ERROR, NoticeStep.PURPOSES),
    LEGITIMATE_INTEREST_NOT_WRITTEN(ERROR, NoticeStep.PURPOSES),
    /** Art. 13(2)(e) applies to every register that collects data from the people themselves, whatever the basis. */
    PROVISION_NOT_STATED(ERROR, NoticeStep.PURPOSES),
    PROVISION_CONSEQUENCE_MISSING(WARNING, NoticeStep.PURPOSES),
    DIRECT_MARKETING_SUSPECTED(WARNING, NoticeStep.PURPOSES),
    CONSENT_WITHDRAWAL_NOT_EXPLAINED(WARNING, NoticeStep.RIGHTS),

    NO_DATA_SUBJECTS(ERROR, NoticeStep.DATA),
    NO_DATA_CATEGORIES(ERROR, NoticeStep.DATA),
    SPECIAL_CATEGORY_WITHOUT_CONDITION(ERROR, NoticeStep.DATA),
    SPECIAL_CATEGORY_SUSPECTED(WARNING, NoticeStep.DATA),
    EXPLICIT_CONSENT_WITHOUT_CONSENT_PURPOSE(WARNING, NoticeStep.DATA),
    IDENTITY_CODE_REASON_MISSING(ERROR, NoticeStep.DATA),
    IDENTITY_CODE_REASON_WITHOUT_CODE(INFO, NoticeStep.DATA),
    NO_SOURCES(ERROR, NoticeStep.SOURCES),

    SYSTEM_NAME_MISSING(ERROR, NoticeStep.SYSTEMS),
    SYSTEM_NAME_DUPLICATE(ERROR, NoticeStep.SYSTEMS),
    SYSTEM_USED_BY_NO_REGISTER(ERROR, NoticeStep.SYSTEMS),
    SYSTEM_TRANSFER_COUNTRY_MISSING(ERROR, NoticeStep.SYSTEMS),
    SYSTEM_TRANSFER_WITHOUT_SAFEGUARD(ERROR, NoticeStep.SYSTEMS),
    /** A system written by an older Seloste, whose role (processor, controller…) is not said yet. */
    RECIPIENT_ROLE_NOT_STATED(WARNING, NoticeStep.SYSTEMS),
    RECIPIENT_NOT_DESCRIBED(ERROR, NoticeStep.RECIPIENTS),
    RECIPIENT_TRANSFER_COUNTRY_MISSING(ERROR, NoticeStep.RECIPIENTS),
    RECIPIENT_TRANSFER_WITHOUT_SAFEGUARD(ERROR, NoticeStep.RECIPIENTS),
    /** Kanta is the patient archive the provider stays the controller of, not a recipient (703/2023). */
    KANTA_AS_RECIPIENT(WARNING, NoticeStep.RECIPIENTS),
    /** A country kept as an older Seloste's owner typed it; found at the system's or the recipient's step. */
    TRANSFER_COUNTRY_NOT_CHOSEN(WARNING, null),
    SYSTEM_TRANSFER_COUNTRY_NOT_CHOSEN(WARNING, NoticeStep.SYSTEMS),
    /** Shared sections an upgrade made from registers' differing answers (docs/decisions/0021): the owner checks them. */
    SYSTEMS_MERGED(WARNING, NoticeStep.SYSTEMS),
    SECURITY_MERGED(WARNING, NoticeStep.SECURITY),
    COOKIES_MERGED(WARNING, NoticeStep.COOKIES_AND_AUTOMATION),
    TRANSFERS_NOT_ANSWERED(ERROR, NoticeStep.RECIPIENTS),
    SYSTEM_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED(ERROR, NoticeStep.RECIPIENTS),
    RECIPIENT_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED(ERROR, NoticeStep.RECIPIENTS),
    TRANSFERS_ANSWERED_BUT_NONE_LISTED(ERROR, NoticeStep.RECIPIENTS),
    OTHER_DISCLOSURES_NOT_ANSWERED(ERROR, NoticeStep.RECIPIENTS),

    NO_RETENTION_RULE(ERROR, NoticeStep.RETENTION),
    RETENTION_YEARS_MISSING(ERROR, NoticeStep.RETENTION),
    RETENTION_DETAILS_MISSING(ERROR, NoticeStep.RETENTION),
    EMPLOYMENT_RETENTION_SUGGESTED(WARNING, NoticeStep.RETENTION),

    SECURITY_NOT_DESCRIBED(WARNING, NoticeStep.SECURITY),
    PAPER_MEASURES_BUT_NO_PAPER(WARNING, NoticeStep.SECURITY),
    COOKIES_NOT_ANSWERED(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    COOKIE_INVENTORY_MISSING(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    /** A warning: the owner may not know a provider's cookie names yet, and a row without one still says the rest. */
    COOKIE_NAME_MISSING(WARNING, NoticeStep.COOKIES_AND_AUTOMATION),
    /** Whether consent is needed follows from the category, so a cookie without one cannot be judged. */
    COOKIE_CATEGORY_NOT_CHOSEN(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    COOKIE_CONSENT_MISSING(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    COOKIES_BROWSER_SETTINGS_NOT_CONSENT(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    AUTOMATED_DECISIONS_NOT_ANSWERED(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    PROFILING_NOT_ANSWERED(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    TARGETING_PURPOSE_BUT_NO_PROFILING(WARNING, NoticeStep.COOKIES_AND_AUTOMATION),
    TARGETING_SYSTEM_BUT_NO_PROFILING(WARNING, NoticeStep.COOKIES_AND_AUTOMATION),
    AUTOMATED_DECISIONS_NOT_EXPLAINED(ERROR, NoticeStep.COOKIES_AND_AUTOMATION),
    /** Art. 13(2)(f) asks for logic and significance only for Art. 22 decisions; for profiling alone it is good practice. */
    PROFILING_NOT_EXPLAINED(WARNING, NoticeStep.COOKIES_AND_AUTOMATION),

    /** A fixed limit on the number of requests is never lawful: Art. 12(5) allows refusal only case by case. */
    RIGHTS_LIMITED(ERROR, NoticeStep.RIGHTS),
    /** A fee can be lawful (Art. 12(5)(a), 15(3) further copies), so the owner checks what her text says. */
    RIGHTS_FEE_MENTIONED(WARNING, NoticeStep.RIGHTS),

    /** Found at the step of the text it is in, so it has no step of its own. */
    PLACEHOLDER_LEFT(ERROR, null),
    /** Found at the step of the untranslated text, so it has no step of its own; names the field and its text. */
    TRANSLATION_MISSING(WARNING, null),
    /** A register's untranslated text, at its step; names the register, the field and its text. */
    REGISTER_TRANSLATION_MISSING(WARNING, null),
    /** A text longer than its limit ({@link fi.seloste.domain.TextLimit}); found at the step of the text. */
    TEXT_TOO_LONG(ERROR, null),
    /** A register's text longer than its limit; found at the step of the text. */
    REGISTER_TEXT_TOO_LONG(ERROR, null),
    /** More registers than {@link fi.seloste.domain.ListLimit#REGISTERS}. */
    TOO_MANY_REGISTERS(ERROR, NoticeStep.REGISTERS),
    /** A list of a register longer than its limit ({@link fi.seloste.domain.ListLimit}); found at the step of the list. */
    REGISTER_LIST_TOO_LONG(ERROR, null),
    /** A list of the business's (its systems) longer than its limit; found at the step of the list. */
    LIST_TOO_LONG(ERROR, null),
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

    /** The step where the owner fixes what the rule finds; null for a rule found at the step of what it is about. */
    public NoticeStep step() {
        return step;
    }

    public String messageKey() {
        return "rule." + name();
    }
}
