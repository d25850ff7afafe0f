package fi.seloste.catalogue;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;

/**
 * A retention rule a template suggests; years is given exactly for the criteria that take a number of years. details
 * are blank in every language where the criterion says it all (the accounting rules), and given wherever the
 * criterion needs them.
 */
public record RetentionSuggestion(LocalizedText appliesTo, RetentionCriterion criterion, Integer years,
                                  LocalizedText details) {

    public RetentionSuggestion {
        Require.localized(appliesTo, "retention appliesTo");
        Require.present(criterion, "retention criterion");
        Require.present(details, "retention details");
        if (criterion.needsDetails() || !details.isBlank()) {
            Require.localized(details, "retention details");
        }
        Require.that(criterion.takesYears() == (years != null),
                "retention '" + appliesTo.en() + "': years is given for " + criterion + " only if the criterion takes years");
        Require.that(years == null || years > 0, "retention '" + appliesTo.en() + "': years must be positive");
    }

    public RetentionRule toRetentionRule() {
        return new RetentionRule(appliesTo, criterion, years, details);
    }
}
