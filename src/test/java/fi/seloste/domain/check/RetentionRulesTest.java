package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;

import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    private static RetentionRule rule(RetentionCriterion criterion, Integer years, LocalizedText details) {
        return new RetentionRule(LocalizedText.EMPTY, criterion, years, details);
    }

    private static RetentionRule rule(RetentionCriterion criterion, Integer years) {
        return rule(criterion, years, LocalizedText.EMPTY);
    }

    @Test
    void aRegisterSaysHowLongItKeepsTheData() {
        assertFindsInRegister(Rule.NO_RETENTION_RULE, withRegister(r -> r.retention = List.of()));
        assertDoesNotFind(Rule.NO_RETENTION_RULE, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.ACCOUNTING_BOOKS, null))));
    }

    @Test
    void aCriterionCountedInYearsNeedsTheYears() {
        assertFindsInRegister(Rule.RETENTION_YEARS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.FIXED_YEARS, null))));
        assertFindsInRegister(Rule.RETENTION_YEARS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, null))));
        assertDoesNotFind(Rule.RETENTION_YEARS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 0))));
        assertDoesNotFind(Rule.RETENTION_YEARS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.UNTIL_CONSENT_WITHDRAWN, null))));
    }

    @Test
    void anOtherCriterionIsWrittenOut() {
        assertFindsInRegister(Rule.RETENTION_DETAILS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.OTHER, null))));
        assertDoesNotFind(Rule.RETENTION_DETAILS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.OTHER, null, text("Kunnes potilas pyytää poistoa")))));
    }

    @Test
    void everyCriterionThatSaysNothingOnItsOwnNeedsDetails() {
        for (RetentionCriterion criterion : List.of(RetentionCriterion.AS_REQUIRED_BY_LAW,
                RetentionCriterion.AS_LONG_AS_PURPOSE_NEEDS, RetentionCriterion.OTHER)) {
            assertFindsInRegister(Rule.RETENTION_DETAILS_MISSING, withRegister(r ->
                    r.retention = List.of(rule(criterion, null))));
            assertDoesNotFind(Rule.RETENTION_DETAILS_MISSING, withRegister(r ->
                    r.retention = List.of(rule(criterion, null, text("6 vuotta kirjanpitolain mukaan")))));
        }
        assertDoesNotFind(Rule.RETENTION_DETAILS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.ACCOUNTING_VOUCHERS, null))));
    }

    @Test
    void aFixedPeriodOfNoYearsIsMissingItsYears() {
        assertFindsInRegister(Rule.RETENTION_YEARS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.FIXED_YEARS, 0))));
        assertDoesNotFind(Rule.RETENTION_YEARS_MISSING, withRegister(r ->
                r.retention = List.of(rule(RetentionCriterion.FIXED_YEARS, 1))));
    }

    @Test
    void aCustomerRelationshipPeriodInAnEmploymentRegisterSuggestsTheEmploymentPeriod() {
        for (RegisterTemplate template : List.of(RegisterTemplate.EMPLOYEES, RegisterTemplate.JOB_APPLICANTS)) {
            Finding finding = assertFindsInRegister(Rule.EMPLOYMENT_RETENTION_SUGGESTED, withRegister(r -> {
                r.template = template;
                r.retention = List.of(rule(RetentionCriterion.ACCOUNTING_BOOKS, null),
                        rule(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 2));
            }));
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.arguments()).endsWith(MessageArgument.number(2));
            assertDoesNotFind(Rule.EMPLOYMENT_RETENTION_SUGGESTED, withRegister(r -> {
                r.template = template;
                r.retention = List.of(rule(RetentionCriterion.END_OF_EMPLOYMENT_PLUS_YEARS, 2));
            }));
        }
        assertDoesNotFind(Rule.EMPLOYMENT_RETENTION_SUGGESTED, withRegister(r -> {
            r.template = RegisterTemplate.CUSTOMERS;
            r.retention = List.of(rule(RetentionCriterion.END_OF_RELATIONSHIP_PLUS_YEARS, 2));
        }));
    }
}
