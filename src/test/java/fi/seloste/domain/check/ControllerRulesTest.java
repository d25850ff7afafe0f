package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFinds;
import static fi.seloste.domain.check.CompleteNotice.withContactPerson;
import static fi.seloste.domain.check.CompleteNotice.withController;
import static fi.seloste.domain.check.CompleteNotice.withDataProtectionOfficer;
import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Controller;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
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
    void anyContactDetailMakesTheControllerReachable() {
        Controller nothing = controller("Flowest", "3015969-6", PostalAddress.EMPTY, "", "");
        assertFinds(Rule.CONTROLLER_CONTACT_MISSING, noOfficer(withController(nothing)), null);
        assertDoesNotFind(Rule.CONTROLLER_CONTACT_MISSING, noOfficer(withController(nothing.withPhone("+358 50 405 4126"))));
        assertDoesNotFind(Rule.CONTROLLER_CONTACT_MISSING, noOfficer(withController(nothing.withEmail("veera@flowest.fi"))));
        assertDoesNotFind(Rule.CONTROLLER_CONTACT_MISSING, noOfficer(withController(nothing.withAddress(ADDRESS))));
        assertDoesNotFind(Rule.CONTROLLER_CONTACT_MISSING, withController(nothing));
    }

    @Test
    void aPartOfAnAddressIsNoContactDetail() {
        Controller street = controller("Flowest", "3015969-6", new PostalAddress("Katu 1", "", ""), "", "");
        assertFinds(Rule.CONTROLLER_CONTACT_MISSING, noOfficer(withController(street)), null);
    }

    @Test
    void noAddressAtAllIsNotAnIncompleteAddress() {
        assertDoesNotFind(Rule.CONTROLLER_ADDRESS_INCOMPLETE, withAddress("", "", " "));
    }

    @Test
    void malformedEmailPhoneAndWebsiteAreErrorsWhereverTheyAreTyped() {
        Finding email = assertFinds(Rule.INVALID_EMAIL, withController(withContacts("+358 50 405 4126",
                "veera.flowest.fi")), null);
        assertThat(email.step()).isEqualTo(NoticeStep.CONTROLLER);
        assertThat(email.severity()).isEqualTo(Severity.ERROR);
        assertThat(email.arguments()).containsExactly(MessageArgument.verbatim("veera.flowest.fi"));
        assertFinds(Rule.INVALID_PHONE, withController(withContacts("puh. 0405", "veera@flowest.fi")), null);
        assertFinds(Rule.INVALID_WEBSITE, withController(CompleteNotice.notice().controller()
                .withWebsite("flowest")), null);
        Finding personal = assertFinds(Rule.INVALID_EMAIL,
                withContactPerson(new Person("Veera", LocalizedText.EMPTY, "veera@", "", PostalAddress.EMPTY)), null);
        assertThat(personal.step()).isEqualTo(NoticeStep.CONTACT);
        assertFinds(Rule.INVALID_PHONE, withDataProtectionOfficer(
                new Person("", LocalizedText.EMPTY, "tietosuoja@flowest.fi", "soita", PostalAddress.EMPTY)), null);
    }

    @Test
    void wellFormedOrEmptyContactDetailsAreNotMalformed() {
        Notice notice = withController(new Controller("Flowest", "3015969-6", ADDRESS, "040-5565483",
                " veera.westerholm@flowest.fi ", "www.flowest.fi"));
        assertDoesNotFind(Rule.INVALID_EMAIL, notice);
        assertDoesNotFind(Rule.INVALID_PHONE, notice);
        assertDoesNotFind(Rule.INVALID_WEBSITE, notice);
        Notice empty = withController(withContacts("", ""));
        assertDoesNotFind(Rule.INVALID_EMAIL, empty);
        assertDoesNotFind(Rule.INVALID_PHONE, empty);
        assertDoesNotFind(Rule.INVALID_WEBSITE, empty);
    }

    @Test
    void theCheckAndTheWizardFieldsAgreeOnFormats() {
        assertThat(ContactFormats.isEmail("a@b.fi")).isTrue();
        assertThat(ContactFormats.isEmail("a@b")).isFalse();
        assertThat(ContactFormats.isPhone("+358 (0)50 405-4126")).isTrue();
        assertThat(ContactFormats.isPhone("0405")).isFalse();
        assertThat(ContactFormats.isWebsite("https://flowest.fi/tietosuoja")).isTrue();
        assertThat(ContactFormats.isWebsite("flowest fi")).isFalse();
    }

    private static Notice noOfficer(Notice notice) {
        return Notice.withoutSharedSections(notice.controller(), notice.contactPerson(), null, notice.settings(), notice.registers());
    }

    @Test
    void aMissingContactPersonIsOnlyAWarning() {
        assertFinds(Rule.CONTACT_PERSON_MISSING, withContactPerson(null), null);
        assertThat(Rule.CONTACT_PERSON_MISSING.severity()).isEqualTo(Severity.WARNING);
        assertDoesNotFind(Rule.CONTACT_PERSON_MISSING,
                withContactPerson(new Person("Veera Westerholm", LocalizedText.EMPTY, "veera@flowest.fi", "", PostalAddress.EMPTY)));
    }

    @Test
    void theContactPersonNeedsAnEmailPhoneOrFullPostalAddress() {
        assertFinds(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("Veera Westerholm", LocalizedText.finnish("yrittäjä"), "", "", PostalAddress.EMPTY)), null);
        assertFinds(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("Veera", LocalizedText.EMPTY, "", "", new PostalAddress("Katu 1", "", ""))), null);
        assertDoesNotFind(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("", LocalizedText.EMPTY, "tietosuoja@flowest.fi", "", PostalAddress.EMPTY)));
        assertDoesNotFind(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("Veera Westerholm", LocalizedText.EMPTY, "", "+358 50 405 4126", PostalAddress.EMPTY)));
        assertDoesNotFind(Rule.CONTACT_PERSON_UNREACHABLE,
                withContactPerson(new Person("Veera Westerholm", LocalizedText.EMPTY, "", "", ADDRESS)));
    }

    @Test
    void aDataProtectionOfficerWithoutContactDetailsIsAWarning() {
        assertFinds(Rule.DPO_UNREACHABLE,
                withDataProtectionOfficer(new Person("Matti Meikäläinen", LocalizedText.EMPTY, "", "", PostalAddress.EMPTY)), null);
        assertDoesNotFind(Rule.DPO_UNREACHABLE,
                withDataProtectionOfficer(new Person("", LocalizedText.EMPTY, "", "+358 40 123 4567", PostalAddress.EMPTY)));
        assertDoesNotFind(Rule.DPO_UNREACHABLE, withDataProtectionOfficer(null));
    }
}
