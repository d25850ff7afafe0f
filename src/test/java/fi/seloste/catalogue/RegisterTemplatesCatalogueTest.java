package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fi.seloste.domain.DataCategory;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SpecialCategory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegisterTemplatesCatalogueTest {

    private static final List<String> REQUIRED_CATEGORY_KEYS = List.of("name", "contact-details",
            DataCategory.PERSONAL_IDENTITY_CODE, "date-of-birth", "billing-data", "order-history", "booking-history",
            "payment-data", "ip-address", "device-and-cookie-data", "call-recordings", "health-data",
            "treatment-records", "marketing-consents", "language", "customer-communications", "log-data",
            "job-application", "employment-data", "bank-account", "tax-data", "trade-union-membership");

    private final Map<RegisterTemplate, RegisterTemplateContent> templates = Catalogues.templates();
    private final Map<String, CatalogueCategory> categories = Catalogues.dataCategories().stream()
            .collect(Collectors.toMap(CatalogueCategory::key, Function.identity()));

    @Test
    void everyTemplateHasContent() {
        assertThat(templates).containsOnlyKeys(RegisterTemplate.values());
        assertThat(templates.get(RegisterTemplate.CUSTOMERS).name().fi()).isEqualTo("Asiakasrekisteri");
    }

    @Test
    void definesTheCategoriesTheWizardNeeds() {
        assertThat(categories).containsKeys(REQUIRED_CATEGORY_KEYS.toArray(String[]::new));
        assertThat(categories.get("health-data").specialCategory()).isEqualTo(SpecialCategory.HEALTH);
        assertThat(categories.get("treatment-records").specialCategory()).isEqualTo(SpecialCategory.HEALTH);
        assertThat(categories.get("trade-union-membership").specialCategory())
                .isEqualTo(SpecialCategory.TRADE_UNION_MEMBERSHIP);
        assertThat(categories.get("name").specialCategory()).isNull();
    }

    @Test
    void templatesInTheFileReferOnlyToDefinedCategories() throws IOException {
        JsonNode file = JsonMapper.builder().build().readTree(CatalogueSchemaTest.resource("register-templates.json"));
        Set<String> defined = new HashSet<>();
        file.get("dataCategories").forEach(category -> defined.add(category.get("key").asString()));
        Set<String> referenced = new HashSet<>();
        file.get("templates").forEach(template ->
                template.get("dataCategories").forEach(reference -> referenced.add(reference.get("key").asString())));

        assertThat(defined).hasSize(file.get("dataCategories").size());
        assertThat(defined).containsAll(referenced);
    }

    @Test
    void blankTemplateOffersNothing() {
        RegisterTemplateContent blank = templates.get(RegisterTemplate.BLANK);

        assertThat(blank.name().fi()).isEqualTo("Uusi rekisteri");
        assertThat(blank.purposes()).isEmpty();
        assertThat(blank.dataSubjects()).isEmpty();
        assertThat(blank.dataCategories()).isEmpty();
        assertThat(blank.sources()).isEmpty();
        assertThat(blank.retention()).isEmpty();
        assertThat(blank.newRegister(7).provision()).isEqualTo(Provision.NOT_STATED);
    }

    @ParameterizedTest
    @EnumSource(RegisterTemplate.class)
    void newRegisterTicksThePreselectedOptionsAndFillsInTheSuggestions(RegisterTemplate template) {
        RegisterTemplateContent content = templates.get(template);

        Register register = content.newRegister(42);

        assertThat(register.id()).isEqualTo(42);
        assertThat(register.template()).isEqualTo(template);
        assertThat(register.name()).isEqualTo(content.name());
        assertThat(register.dataCategories()).extracting(DataCategory::catalogKey).containsExactlyElementsOf(
                content.dataCategories().stream().filter(CategoryOption::preselected).map(CategoryOption::key).toList());
        assertThat(register.dataSubjects()).hasSize(
                (int) content.dataSubjects().stream().filter(SubjectOption::preselected).count());
        assertThat(register.purposes()).hasSameSizeAs(content.purposes());
        assertThat(register.retention()).hasSameSizeAs(content.retention());
        assertThat(register.sources()).hasSize((int) content.sources().stream().filter(SourceSuggestion::preselected).count());
        assertThat(register.identityCodeReason().isBlank()).isEqualTo(!register.processesIdentityCode());
    }

    @ParameterizedTest
    @EnumSource(value = RegisterTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void everyRealTemplateSuggestsAPurposeASubjectAndAProvision(RegisterTemplate template) {
        RegisterTemplateContent content = templates.get(template);

        assertThat(content.purposes()).isNotEmpty();
        assertThat(content.dataSubjects()).anyMatch(SubjectOption::preselected);
        assertThat(content.dataCategories()).anyMatch(CategoryOption::preselected);
        assertThat(content.provision().requirement()).isNotEqualTo(ProvisionRequirement.NOT_STATED);
    }

    @Test
    void legitimateInterestIsWrittenOutExactlyForArticle6f() {
        assertThat(templates.values()).flatExtracting(RegisterTemplateContent::purposes).allSatisfy(purpose ->
                assertThat(purpose.legitimateInterest() != null)
                        .isEqualTo(purpose.basis() == LegalBasis.LEGITIMATE_INTERESTS));
    }

    @Test
    void specialCategoriesComeWithAnArticle9Condition() {
        assertThat(templates.values()).flatExtracting(RegisterTemplateContent::dataCategories)
                .filteredOn(option -> option.specialCategory() != null).isNotEmpty()
                .allSatisfy(option -> assertThat(option.article9Condition()).as(option.key()).isNotNull());
    }

    @Test
    void patientRecordsAreKeptAsTheLawRequires() {
        Register patients = templates.get(RegisterTemplate.BOOKING_AND_PATIENTS).newRegister(1);

        assertThat(patients.processesIdentityCode()).isTrue();
        assertThat(patients.identityCodeReason().fi()).contains("29 §");
        assertThat(patients.dataCategories()).filteredOn(DataCategory::isSpecial).extracting(DataCategory::catalogKey)
                .containsExactly("health-data", "treatment-records");
        assertThat(patients.retention()).anySatisfy(rule -> {
            assertThat(rule.criterion()).isEqualTo(RetentionCriterion.AS_REQUIRED_BY_LAW);
            assertThat(rule.details().fi()).contains("12 vuotta", "120 vuotta");
        });
    }

    @Test
    void billingDataFollowsTheAccountingAct() {
        List<RetentionRule> customerRules = templates.get(RegisterTemplate.CUSTOMERS).newRegister(1).retention();

        assertThat(customerRules).extracting(RetentionRule::criterion).contains(
                RetentionCriterion.ACCOUNTING_VOUCHERS, RetentionCriterion.ACCOUNTING_BOOKS,
                RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS);
        assertThat(customerRules).filteredOn(rule -> rule.criterion() == RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS)
                .extracting(RetentionRule::years).containsExactly(2);
    }

    @Test
    void applicationsAreKeptForTheYearClaimsCanBeMade() {
        List<RetentionRule> rules = templates.get(RegisterTemplate.JOB_APPLICANTS).newRegister(1).retention();

        assertThat(rules).filteredOn(rule -> rule.criterion() == RetentionCriterion.FIXED_YEARS)
                .extracting(RetentionRule::years).containsExactly(1);
    }

    @Test
    void yearsAreGivenExactlyForCriteriaThatTakeYears() {
        assertThat(templates.values()).flatExtracting(RegisterTemplateContent::retention).allSatisfy(rule ->
                assertThat(rule.years() != null).as(rule.appliesTo().en()).isEqualTo(rule.criterion().takesYears()));
    }

    @Test
    void optionKeysAreUniqueWithinATemplate() {
        assertThat(templates.values()).allSatisfy(content -> {
            assertThat(content.dataCategories()).extracting(CategoryOption::key).doesNotHaveDuplicates();
            assertThat(content.dataSubjects()).extracting(SubjectOption::key).doesNotHaveDuplicates();
        });
    }

    @Test
    void categoryOptionCarriesTheCatalogueLabel() {
        CategoryOption health = templates.get(RegisterTemplate.BOOKING_AND_PATIENTS).dataCategories().stream()
                .filter(option -> option.key().equals("health-data")).findFirst().orElseThrow();

        DataCategory category = health.toDataCategory();

        assertThat(category.label()).isEqualTo(categories.get("health-data").label());
        assertThat(category.isSpecial()).isTrue();
        assertThat(category.article9Condition()).isNotNull();
    }
}
