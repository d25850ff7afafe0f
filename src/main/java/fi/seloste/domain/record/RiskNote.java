package fi.seloste.domain.record;

import java.time.LocalDate;
import java.util.Objects;

import fi.seloste.domain.Answer;
import fi.seloste.domain.LocalizedText;

/**
 * The owner's note on risk (Art. 35): whether the processing is likely to result in a high risk to people's rights,
 * whether a data protection impact assessment is needed, when one was done, and her reasoning in her words.
 * Unanswered questions print nothing.
 */
public record RiskNote(Answer highRisk, Answer impactAssessmentNeeded, LocalDate impactAssessmentDoneOn,
                       LocalizedText note) {

    public static final RiskNote EMPTY = new RiskNote(Answer.NOT_ANSWERED, Answer.NOT_ANSWERED, null, LocalizedText.EMPTY);

    public RiskNote {
        highRisk = Objects.requireNonNullElse(highRisk, Answer.NOT_ANSWERED);
        impactAssessmentNeeded = Objects.requireNonNullElse(impactAssessmentNeeded, Answer.NOT_ANSWERED);
        note = Objects.requireNonNullElse(note, LocalizedText.EMPTY);
    }

    public RiskNote withHighRisk(Answer value) {
        return new RiskNote(value, impactAssessmentNeeded, impactAssessmentDoneOn, note);
    }

    public RiskNote withImpactAssessmentNeeded(Answer value) {
        return new RiskNote(highRisk, value, impactAssessmentDoneOn, note);
    }

    public RiskNote withImpactAssessmentDoneOn(LocalDate value) {
        return new RiskNote(highRisk, impactAssessmentNeeded, value, note);
    }

    public RiskNote withNote(LocalizedText value) {
        return new RiskNote(highRisk, impactAssessmentNeeded, impactAssessmentDoneOn, value);
    }
}
