package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.ownerText;
import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;

import fi.seloste.domain.DataCategory;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SpecialCategory;

/** Whose data, which data, special categories, the personal identity code, and where the data comes from. */
final class DataRules implements RuleGroup {

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        for (Register register : notice.registers()) {
            if (register.dataSubjects().isEmpty()) {
                findings.add(register, Rule.NO_DATA_SUBJECTS);
            }
            if (register.dataCategories().isEmpty()) {
                findings.add(register, Rule.NO_DATA_CATEGORIES);
            }
            checkSpecialCategories(register, findings);
            checkForUnmarkedHealthData(notice, register, findings);
            checkIdentityCode(register, findings);
            if (register.sources().isEmpty()) {
                findings.add(register, Rule.NO_SOURCES);
            }
        }
    }

    private static void checkSpecialCategories(Register register, Findings findings) {
        for (DataCategory category : register.dataCategories()) {
            if (category.isSpecial() && category.article9Condition() == null) {
                findings.add(register, Rule.SPECIAL_CATEGORY_WITHOUT_CONDITION, ownerText(category.label()));
            }
        }
        if (Consents.sensitiveDataRestsOnExplicitConsent(register) && !register.purposes().isEmpty()
                && !Consents.purposeRestsOnConsent(register)) {
            findings.add(register, Rule.EXPLICIT_CONSENT_WITHOUT_CONSENT_PURPOSE);
        }
    }

    /**
     * Health data is a special category whether or not the owner marked it (Art. 4(15), 9(1)): a label that speaks
     * of patients or treatment, or a patient records system with no health data marked, raises the question.
     */
    private static void checkForUnmarkedHealthData(Notice notice, Register register, Findings findings) {
        for (DataCategory category : register.dataCategories()) {
            if (!category.isSpecial() && Clues.mentionsHealth(category.label())) {
                findings.add(register, Rule.SPECIAL_CATEGORY_SUSPECTED, ownerText(category.label()));
            }
        }
        boolean healthMarked = register.dataCategories().stream()
                .anyMatch(category -> category.specialCategory() == SpecialCategory.HEALTH);
        if (!healthMarked) {
            notice.systemsOf(register).stream().filter(Clues::isHealthSystem).forEach(system ->
                    findings.add(register, Rule.SPECIAL_CATEGORY_SUSPECTED, verbatim(system.name())));
        }
    }

    private static void checkIdentityCode(Register register, Findings findings) {
        boolean reasonGiven = !register.identityCodeReason().isBlank();
        if (register.processesIdentityCode() && !reasonGiven) {
            findings.add(register, Rule.IDENTITY_CODE_REASON_MISSING);
        } else if (!register.processesIdentityCode() && reasonGiven) {
            findings.add(register, Rule.IDENTITY_CODE_REASON_WITHOUT_CODE);
        }
    }
}
