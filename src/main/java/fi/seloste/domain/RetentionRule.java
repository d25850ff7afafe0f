package fi.seloste.domain;

import java.util.Objects;

/**
 * A retention rule for the data appliesTo names (blank: all the register's data). years is used by the criteria
 * that take a number of years, and null otherwise.
 */
public record RetentionRule(LocalizedText appliesTo, RetentionCriterion criterion, Integer years, LocalizedText details) {

    public RetentionRule {
        appliesTo = Objects.requireNonNullElse(appliesTo, LocalizedText.EMPTY);
        Objects.requireNonNull(criterion, "criterion");
        details = Objects.requireNonNullElse(details, LocalizedText.EMPTY);
    }
}
