package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;
import java.util.regex.Pattern;

import fi.seloste.domain.BusinessId;
import fi.seloste.domain.Controller;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;

/**
 * Who the controller is and how people reach it, its contact person and its data protection officer. Art. 13(1)(a)
 * asks for contact details, any of them: a postal address, an email address, a phone number or the DPO's address.
 */
final class ControllerRules implements RuleGroup {

    private static final Pattern FINNISH_POSTAL_CODE = Pattern.compile("\\d{5}");

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        checkController(notice, findings);
        checkContactPerson(notice.contactPerson(), findings);
        checkDataProtectionOfficer(notice.dataProtectionOfficer(), findings);
    }

    private static void checkController(Notice notice, Findings findings) {
        Controller controller = notice.controller();
        if (controller.name().isBlank()) {
            findings.add(Rule.CONTROLLER_NAME_MISSING);
        }
        if (controller.businessId().isBlank()) {
            findings.add(Rule.BUSINESS_ID_MISSING);
        } else if (!BusinessId.isValid(controller.businessId())) {
            findings.add(Rule.BUSINESS_ID_INVALID, verbatim(controller.businessId()));
        }
        if (isStarted(controller.address()) && !isComplete(controller.address())) {
            findings.add(Rule.CONTROLLER_ADDRESS_INCOMPLETE);
        }
        String postalCode = controller.address().postalCode().strip();
        if (!postalCode.isEmpty() && !FINNISH_POSTAL_CODE.matcher(postalCode).matches()) {
            findings.add(Rule.POSTAL_CODE_NOT_FIVE_DIGITS, verbatim(postalCode));
        }
        if (!isReachable(notice)) {
            findings.add(Rule.CONTROLLER_CONTACT_MISSING);
        }
        checkFormats(NoticeStep.CONTROLLER, controller.email(), controller.phone(), findings);
        if (!controller.website().isBlank() && !ContactFormats.isWebsite(controller.website())) {
            findings.add(Rule.INVALID_WEBSITE, verbatim(controller.website().strip()));
        }
    }

    private static boolean isReachable(Notice notice) {
        Controller controller = notice.controller();
        Person officer = notice.dataProtectionOfficer();
        return isComplete(controller.address()) || !controller.email().isBlank() || !controller.phone().isBlank()
                || officer != null && !officer.email().isBlank();
    }

    private static void checkContactPerson(Person contactPerson, Findings findings) {
        if (contactPerson == null) {
            findings.add(Rule.CONTACT_PERSON_MISSING);
            return;
        }
        if (!isReachable(contactPerson)) {
            findings.add(Rule.CONTACT_PERSON_UNREACHABLE);
        }
        checkFormats(NoticeStep.CONTACT, contactPerson.email(), contactPerson.phone(), findings);
    }

    private static void checkDataProtectionOfficer(Person officer, Findings findings) {
        if (officer == null) {
            return;
        }
        if (!isReachable(officer)) {
            findings.add(Rule.DPO_UNREACHABLE);
        }
        checkFormats(NoticeStep.CONTACT, officer.email(), officer.phone(), findings);
    }

    private static void checkFormats(NoticeStep step, String email, String phone, Findings findings) {
        if (!email.isBlank() && !ContactFormats.isEmail(email)) {
            findings.addAt(step, Rule.INVALID_EMAIL, verbatim(email.strip()));
        }
        if (!phone.isBlank() && !ContactFormats.isPhone(phone)) {
            findings.addAt(step, Rule.INVALID_PHONE, verbatim(phone.strip()));
        }
    }

    private static boolean isReachable(Person person) {
        return !person.email().isBlank() || !person.phone().isBlank() || isComplete(person.address());
    }

    private static boolean isStarted(PostalAddress address) {
        return !address.street().isBlank() || !address.postalCode().isBlank() || !address.town().isBlank();
    }

    private static boolean isComplete(PostalAddress address) {
        return !address.street().isBlank() && !address.postalCode().isBlank() && !address.town().isBlank();
    }
}
