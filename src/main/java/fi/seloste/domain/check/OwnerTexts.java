package fi.seloste.domain.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SystemUse;

/**
 * The texts the owner writes per language, each with the field that holds it. Texts the notice does not print given
 * her other choices (the cookie description when she uses no cookies, say) are left out, and so are catalogue
 * labels, which come translated.
 */
final class OwnerTexts {

    /** The notice's introduction is written with the controller, at the top of the notice. */
    static final NoticeStep INTRODUCTION_STEP = NoticeStep.CONTROLLER;

    private final List<OwnerText> texts = new ArrayList<>();
    private Register register;

    private OwnerTexts() {
    }

    /** Every text in the order of the wizard's steps and, within a step, of the registers and their fields. */
    static List<OwnerText> of(Notice notice) {
        OwnerTexts found = new OwnerTexts();
        found.add(OwnerTextField.INTRODUCTION, notice.settings().introduction());
        found.addPerson(OwnerTextField.CONTACT_TITLE, notice.contactPerson());
        found.addPerson(OwnerTextField.DPO_TITLE, notice.dataProtectionOfficer());
        found.add(OwnerTextField.RIGHTS_INSTRUCTIONS, notice.settings().rightsInstructions());
        notice.registers().forEach(found::addRegister);
        found.addShared(notice);
        List<OwnerText> inStepOrder = new ArrayList<>(found.texts);
        inStepOrder.sort(java.util.Comparator.comparing(t -> t.field().step()));
        return inStepOrder;
    }

    static Map<NoticeStep, List<LocalizedText>> byStep(Notice notice) {
        Map<NoticeStep, List<LocalizedText>> byStep = new EnumMap<>(NoticeStep.class);
        of(notice).forEach(t -> byStep.computeIfAbsent(t.field().step(), s -> new ArrayList<>()).add(t.text()));
        return byStep;
    }

    private void addPerson(OwnerTextField field, Person person) {
        if (person != null) {
            add(field, person.title());
        }
    }

    private void addRegister(Register r) {
        register = r;
        add(OwnerTextField.REGISTER_NAME, r.name());
        add(OwnerTextField.REGISTER_DESCRIPTION, r.description());
        for (Purpose purpose : r.purposes()) {
            add(OwnerTextField.PURPOSE, purpose.description());
            if (purpose.basis() == LegalBasis.LEGITIMATE_INTERESTS) {
                add(OwnerTextField.LEGITIMATE_INTEREST, purpose.legitimateInterest());
            }
        }
        if (r.provision().requirement() != ProvisionRequirement.NOT_STATED) {
            add(OwnerTextField.PROVISION_CONSEQUENCE, r.provision().consequence());
        }
        addData(r);
        r.sources().stream().map(DataSource::description).forEach(text -> add(OwnerTextField.SOURCE_DESCRIPTION, text));
        for (Recipient recipient : r.recipients()) {
            add(OwnerTextField.RECIPIENT_NAME, recipient.name());
            add(OwnerTextField.RECIPIENT_DESCRIPTION, recipient.description());
        }
        for (RetentionRule rule : r.retention()) {
            add(OwnerTextField.RETENTION_APPLIES_TO, rule.appliesTo());
            add(OwnerTextField.RETENTION_DETAILS, rule.details());
        }
        addAutomation(r);
        register = null;
    }

    /** The business's sections, said once for all registers: their texts name no register. */
    private void addShared(Notice notice) {
        for (SystemUse system : notice.systems()) {
            add(OwnerTextField.SYSTEM_USED_FOR, system.usedFor());
            add(OwnerTextField.SYSTEM_STORAGE, system.storageLocation());
        }
        add(OwnerTextField.SECURITY_PAPER, notice.security().paperText());
        add(OwnerTextField.SECURITY_ELECTRONIC, notice.security().electronicText());
        add(OwnerTextField.SECURITY_ORGANISATIONAL, notice.security().organisationalText());
        if (notice.cookies().used().isYes()) {
            add(OwnerTextField.COOKIES_DESCRIPTION, notice.cookies().description());
            for (CookieEntry cookie : notice.cookies().inventory()) {
                add(OwnerTextField.COOKIE_PURPOSE, cookie.purpose());
                add(OwnerTextField.COOKIE_LIFETIME, cookie.lifetime());
            }
        }
    }

    private void addData(Register r) {
        r.dataSubjects().stream().filter(group -> group.catalogKey() == null).map(DataSubjectGroup::label)
                .forEach(text -> add(OwnerTextField.OWN_SUBJECT_GROUP, text));
        r.dataCategories().stream().filter(category -> category.catalogKey() == null).map(DataCategory::label)
                .forEach(text -> add(OwnerTextField.OWN_DATA_ITEM, text));
        if (r.processesIdentityCode()) {
            add(OwnerTextField.IDENTITY_CODE_REASON, r.identityCodeReason());
        }
    }

    private void addAutomation(Register r) {
        AutomatedDecisions automated = r.automatedDecisions();
        if (CookieAndAutomationRules.isInUse(automated)) {
            add(OwnerTextField.AUTOMATED_LOGIC, automated.logic());
            add(OwnerTextField.AUTOMATED_SIGNIFICANCE, automated.significance());
        }
    }

    private void add(OwnerTextField field, LocalizedText text) {
        texts.add(new OwnerText(field, register, text));
    }
}
