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
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SystemUse;

/**
 * The texts the owner writes per language, by the step where she writes them. Texts the notice does not print given
 * her other choices (the cookie description when she uses no cookies, say) are left out, and so are catalogue
 * labels, which come translated.
 */
final class OwnerTexts {

    /** The notice's introduction is written with the controller, at the top of the notice. */
    static final NoticeStep INTRODUCTION_STEP = NoticeStep.CONTROLLER;

    private final Map<NoticeStep, List<LocalizedText>> byStep = new EnumMap<>(NoticeStep.class);

    private OwnerTexts() {
    }

    static Map<NoticeStep, List<LocalizedText>> byStep(Notice notice) {
        OwnerTexts texts = new OwnerTexts();
        texts.add(INTRODUCTION_STEP, notice.settings().introduction());
        texts.add(NoticeStep.RIGHTS, notice.settings().rightsInstructions());
        notice.registers().forEach(texts::addRegister);
        texts.addShared(notice);
        return texts.byStep;
    }

    private void addRegister(Register register) {
        add(NoticeStep.REGISTERS, register.name());
        add(NoticeStep.REGISTERS, register.description());
        for (Purpose purpose : register.purposes()) {
            add(NoticeStep.PURPOSES, purpose.description());
            if (purpose.basis() == LegalBasis.LEGITIMATE_INTERESTS) {
                add(NoticeStep.PURPOSES, purpose.legitimateInterest());
            }
        }
        if (register.provision().requirement() != ProvisionRequirement.NOT_STATED) {
            add(NoticeStep.PURPOSES, register.provision().consequence());
        }
        addData(register);
        register.sources().stream().map(DataSource::description).forEach(text -> add(NoticeStep.SOURCES, text));
        register.recipients().stream().map(Recipient::description).forEach(text -> add(NoticeStep.RECIPIENTS, text));
        for (RetentionRule rule : register.retention()) {
            add(NoticeStep.RETENTION, rule.appliesTo());
            add(NoticeStep.RETENTION, rule.details());
        }
        addAutomation(register);
    }

    private void addShared(Notice notice) {
        notice.systems().stream().map(SystemUse::usedFor).forEach(text -> add(NoticeStep.SYSTEMS, text));
        add(NoticeStep.SECURITY, notice.security().paperText());
        add(NoticeStep.SECURITY, notice.security().electronicText());
        if (notice.cookies().used().isYes()) {
            add(NoticeStep.COOKIES_AND_AUTOMATION, notice.cookies().description());
            for (CookieEntry cookie : notice.cookies().inventory()) {
                add(NoticeStep.COOKIES_AND_AUTOMATION, cookie.purpose());
                add(NoticeStep.COOKIES_AND_AUTOMATION, cookie.lifetime());
            }
        }
    }

    private void addData(Register register) {
        register.dataSubjects().stream().filter(group -> group.catalogKey() == null).map(DataSubjectGroup::label)
                .forEach(text -> add(NoticeStep.DATA, text));
        register.dataCategories().stream().filter(category -> category.catalogKey() == null).map(DataCategory::label)
                .forEach(text -> add(NoticeStep.DATA, text));
        if (register.processesIdentityCode()) {
            add(NoticeStep.DATA, register.identityCodeReason());
        }
    }

    private void addAutomation(Register register) {
        AutomatedDecisions automated = register.automatedDecisions();
        if (CookieAndAutomationRules.isInUse(automated)) {
            add(NoticeStep.COOKIES_AND_AUTOMATION, automated.logic());
            add(NoticeStep.COOKIES_AND_AUTOMATION, automated.significance());
        }
    }

    private void add(NoticeStep step, LocalizedText text) {
        byStep.computeIfAbsent(step, s -> new ArrayList<>()).add(text);
    }
}
