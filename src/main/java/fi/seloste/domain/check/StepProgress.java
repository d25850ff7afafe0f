package fi.seloste.domain.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;

/**
 * Each step's state and the count over all of them, from the completeness check's findings. A step not started
 * is neutral whatever the check says about it; Review carries the worst finding of every step, so what is still
 * wrong is always marked somewhere. A step is complete when it is started and has no error or warning.
 */
public record StepProgress(Map<NoticeStep, StepState> states, int errors, int warnings) {

    public StepProgress {
        states = Collections.unmodifiableMap(new EnumMap<>(states));
    }

    public static StepProgress of(Notice notice, List<Finding> findings) {
        Map<NoticeStep, StepState> states = new EnumMap<>(NoticeStep.class);
        for (NoticeStep step : NoticeStep.values()) {
            List<Finding> relevant = step == NoticeStep.REVIEW
                    ? findings
                    : findings.stream().filter(f -> f.step() == step).toList();
            states.put(step, StartedSteps.isStarted(step, notice) ? worst(relevant) : StepState.NOT_STARTED);
        }
        return new StepProgress(states, count(findings, Severity.ERROR), count(findings, Severity.WARNING));
    }

    public StepState of(NoticeStep step) {
        return states.getOrDefault(step, StepState.NOT_STARTED);
    }

    public int complete() {
        return (int) states.values().stream().filter(s -> s == StepState.COMPLETE).count();
    }

    public int total() {
        return states.size();
    }

    private static StepState worst(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return StepState.ERROR;
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? StepState.WARNING : StepState.COMPLETE;
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
