package fi.seloste.domain;

import java.util.Objects;

/**
 * Art. 13(2)(f) and 22: whether decisions about people are made solely by automated means with legal or similarly
 * significant effects (decisions), and whether they are profiled (Art. 4(4)) otherwise; their logic, significance
 * and effects when so.
 */
public record AutomatedDecisions(Answer decisions, Answer profiling, LocalizedText logic, LocalizedText significance) {

    public static final AutomatedDecisions NONE =
            new AutomatedDecisions(Answer.NOT_ANSWERED, Answer.NOT_ANSWERED, LocalizedText.EMPTY, LocalizedText.EMPTY);

    public AutomatedDecisions {
        decisions = Objects.requireNonNullElse(decisions, Answer.NOT_ANSWERED);
        profiling = Objects.requireNonNullElse(profiling, Answer.NOT_ANSWERED);
        logic = Objects.requireNonNullElse(logic, LocalizedText.EMPTY);
        significance = Objects.requireNonNullElse(significance, LocalizedText.EMPTY);
    }

    public boolean anyUsed() {
        return decisions.isYes() || profiling.isYes();
    }

    public AutomatedDecisions withDecisions(Answer value) {
        return new AutomatedDecisions(value, profiling, logic, significance);
    }

    public AutomatedDecisions withProfiling(Answer value) {
        return new AutomatedDecisions(decisions, value, logic, significance);
    }

    public AutomatedDecisions withLogic(LocalizedText value) {
        return new AutomatedDecisions(decisions, profiling, value, significance);
    }

    public AutomatedDecisions withSignificance(LocalizedText value) {
        return new AutomatedDecisions(decisions, profiling, logic, value);
    }
}
