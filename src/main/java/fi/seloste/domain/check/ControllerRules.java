package fi.seloste.domain.check;

import static fi.seloste.domain.check.MessageArgument.verbatim;

import java.time.LocalDate;
import java.util.regex.Pattern;

import fi.seloste.domain.BusinessId;
import fi.seloste.domain.Controller;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;

/** Who the controller is and how people reach it, its contact person and its data protection officer. */
final class ControllerRules implements RuleGroup {

    private static final Pattern FINNISH_POSTAL_CODE = Pattern.compile("\\d{5}");

    @Override
    public void check(Notice notice, LocalDate today, Findings findings) {
        checkController(notice.controller(), findings);
        checkContactPerson(notice.contactPerson(), findings);
        checkDataProtectionOfficer(notice.dataProtectionOfficer(), findings);
    }

    private static void checkController(Controller controller, Findings findings) {
        if (controller.name().isBlank()) {
            findings.add(Rule.CONTROLLER_NAME_MISSING);
        }
        if (controller.businessId().isBlank()) {
            findings.add(Rule.BUSINESS_ID_MISSING);
        } else if (!BusinessId.isValid(controller.businessId())) {
            findings.add(Rule.BUSINESS_ID_INVALID, verbatim(controller.businessId()));
        }
        if (!isComplete(controller.address())) {
            findings.add(Rule.CONTROLLER_ADDRESS_INCOMPLETE);
        }
        String postalCode = controller.address().postalCode().strip();
        if (!postalCode.isEmpty() && !FINNISH_POSTAL_CODE.matcher(postalCode).matches()) {
            findings.add(Rule.POSTAL_CODE_NOT_FIVE_DIGITS, verbatim(postalCode));
        }
        if (controller.email().isBlank() && controller.phone().isBlank()) {
            findings.add(Rule.CONTROLLER_UNREACHABLE);
        }
    }

    private static void checkContactPerson(Person contactPerson, Findings findings) {
        if (contactPerson == null) {
            findings.add(Rule.CONTACT_PERSON_MISSING);
        } else if (!isReachable(contactPerson)) {
            findings.add(Rule.CONTACT_PERSON_UNREACHABLE);
        }
    }

    private static void checkDataProtectionOfficer(Person officer, Findings findings) {
        if (officer != null && !isReachable(officer)) {
            findings.add(Rule.DPO_UNREACHABLE);
        }
    }

    private static boolean isReachable(Person person) {
        return !person.email().isBlank() || !person.phone().isBlank() || isComplete(person.address());
    }

    private static boolean isComplete(PostalAddress address) {
        return !address.street().isBlank() && !address.postalCode().isBlank() && !address.town().isBlank();
    }
}
