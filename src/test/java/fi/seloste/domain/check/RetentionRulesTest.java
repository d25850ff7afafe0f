package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.testing.SampleNotices.text;

import java.util.List;

import fi.seloste.domain.LocalizedText;
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
}
