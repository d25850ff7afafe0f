package fi.seloste.domain;

import java.util.Objects;

/** Automated decision-making and profiling, Art. 13(2)(f): whether it exists, its logic, significance and effects. */
public record AutomatedDecisions(boolean decisions, boolean profiling, LocalizedText logic, LocalizedText significance) {

    public static final AutomatedDecisions NONE = new AutomatedDecisions(false, false, LocalizedText.EMPTY, LocalizedText.EMPTY);

    public AutomatedDecisions {
        logic = Objects.requireNonNullElse(logic, LocalizedText.EMPTY);
        significance = Objects.requireNonNullElse(significance, LocalizedText.EMPTY);
    }
}
