package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFinds;
import static fi.seloste.domain.check.CompleteNotice.withContactPerson;
import static fi.seloste.domain.check.CompleteNotice.withController;
import static fi.seloste.domain.check.CompleteNotice.withDataProtectionOfficer;
import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;

import org.junit.jupiter.api.Test;

class ControllerRulesTest {

    private static final PostalAddress ADDRESS = new PostalAddress("Pallokentäntie 19 A 2", "10120", "Tähtelä");

    private static Controller controller(String name, String businessId, PostalAddress address, String phone,
                                         String email) {
        return new Controller(name, businessId, address, phone, email, "");
    }

    private static Controller withBusinessId(String businessId) {
        return controller("Flowest", businessId, ADDRESS, "+358 50 405 4126", "veera@flowest.fi");
    }

    private static Notice withAddress(String street, String postalCode, String town) {
        return withController(controller("Flowest", "3015969-6", new PostalAddress(street, postalCode, town),
                "+358 50 405 4126", "veera@flowest.fi"));
    }

    private static Controller withContacts(String phone, String email) {
        return controller("Flowest", "3015969-6", ADDRESS, phone, email);
    }

    @Test
    void theControllerNeedsAName() {
        assertFinds(Rule.CONTROLLER_NAME_MISSING,
                withController(controller(" ", "3015969-6", ADDRESS, "", "veera@flowest.fi")), null);
        assertDoesNotFind(Rule.CONTROLLER_NAME_MISSING,
                withController(controller("Flowest", "3015969-6", ADDRESS, "", "veera@flowest.fi")));
    }

    @Test
    void aMissingBusinessIdIsAWarning() {
        assertFinds(Rule.BUSINESS_ID_MISSING, withController(withBusinessId("")), null);
        assertDoesNotFind(Rule.BUSINESS_ID_INVALID, withController(withBusinessId("")));
        assertDoesNotFind(Rule.BUSINESS_ID_MISSING, withController(withBusinessId("3015969-6")));
    }

    @Test
    void aBusinessIdWithAWrongCheckDigitIsAnError() {
        Finding finding = assertFinds(Rule.BUSINESS_ID_INVALID, withController(withBusinessId("3015969-7")), null);
        assertThat(finding.arguments()).containsExactly(MessageArgument.verbatim("3015969-7"));
        assertDoesNotFind(Rule.BUSINESS_ID_MISSING, withController(withBusinessId("3015969-7")));
        assertDoesNotFind(Rule.BUSINESS_ID_INVALID, withController(withBusinessId("245974-7")));
    }

    @Test
    void theControllerAddressNeedsStreetPostalCodeAndTown() {
        assertFinds(Rule.CONTROLLER_ADDRESS_INCOMPLETE, withAddress("", "10120", "Tähtelä"), null);
        assertFinds(Rule.CONTROLLER_ADDRESS_INCOMPLETE, withAddress("Katu 1", "", "Tähtelä"), null);
        assertFinds(Rule.CONTROLLER_ADDRESS_INCOMPLETE, withAddress("Katu 1", "10120", " "), null);
        assertDoesNotFind(Rule.CONTROLLER_ADDRESS_INCOMPLETE, withAddress("Katu 1", "10120", "Tähtelä"));
    }

    @Test
    void aPostalCodeOtherThanFiveDigitsIsAWarning() {
        assertFinds(Rule.POSTAL_CODE_NOT_FIVE_DIGITS, withAddress("Katu 1", "1012", "Tähtelä"), null);
        assertFinds(Rule.POSTAL_CODE_NOT_FIVE_DIGITS, withAddress("Katu 1", "FI-10120", "Tähtelä"), null);
        assertDoesNotFind(Rule.POSTAL_CODE_NOT_FIVE_DIGITS, withAddress("Katu 1", " 10120 ", "Tähtelä"));
        assertDoesNotFind(Rule.POSTAL_CODE_NOT_FIVE_DIGITS, withAddress("Katu 1", "", "Tähtelä"));
    }

    @Test
    void theControllerNeedsAnEmailAddressOrAPhoneNumber() {
        assertFinds(Rule.CONTROLLER_UNREACHABLE, withController(withContacts("", " ")), null);
        assertDoesNotFind(Rule.CONTROLLER_UNREACHABLE, withController(withContacts("+358 50 405 4126", "")));
        assertDoesNotFind(Rule.CONTROLLER_UNREACHABLE, withController(withContacts("", "veera@flowest.fi")));
    }

    @Test
    void theNoticeNeedsAContactPerson() {
        assertFinds(Rule.CONTACT_PERSON_MISSING, withContactPerson(null), null);
        assertDoesNotFind(Rule.CONTACT_PERSON_MISSING,
                withContactPerson(new Person("Veera Westerholm", "", "veera@flowest.fi", "", PostalAddress.EMPTY)));
    }

    @Test
    void theContactPersonNeedsAnEmailPhoneOrFullPostalAddress() {
        assertFinds(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("Veera Westerholm", "yrittäjä", "", "", PostalAddress.EMPTY)), null);
        assertFinds(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("Veera", "", "", "", new PostalAddress("Katu 1", "", ""))), null);
        assertDoesNotFind(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("", "", "tietosuoja@flowest.fi", "", PostalAddress.EMPTY)));
        assertDoesNotFind(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("Veera Westerholm", "", "", "+358 50 405 4126", PostalAddress.EMPTY)));
        assertDoesNotFind(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("Veera Westerholm", "", "", "", ADDRESS)));
    }

    @Test
    void aDataProtectionOfficerWithoutContactDetailsIsAWarning() {
        assertFinds(Rule.DPO_UNREACHABLE,
                withDataProtectionOfficer(new Person("Matti Meikäläinen", "", "", "", PostalAddress.EMPTY)), null);
        assertDoesNotFind(Rule.DPO_UNREACHABLE,
                withDataProtectionOfficer(new Person("", "", "", "+358 40 123 4567", PostalAddress.EMPTY)));
        assertDoesNotFind(Rule.DPO_UNREACHABLE, withDataProtectionOfficer(null));
    }
}
