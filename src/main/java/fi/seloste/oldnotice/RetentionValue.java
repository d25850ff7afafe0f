package fi.seloste.oldnotice;

import fi.seloste.domain.RetentionCriterion;

/** A retention period read from a notice, written as a fact's value: "CRITERION" or "CRITERION/years". */
public record RetentionValue(RetentionCriterion criterion, Integer years) {

    public String value() {
        return years == null ? criterion.name() : criterion.name() + "/" + years;
    }

    public static RetentionValue parse(String value) {
        int slash = value.indexOf('/');
        return slash < 0 ? new RetentionValue(RetentionCriterion.valueOf(value), null)
                : new RetentionValue(RetentionCriterion.valueOf(value.substring(0, slash)),
                        Integer.valueOf(value.substring(slash + 1)));
    }
}
