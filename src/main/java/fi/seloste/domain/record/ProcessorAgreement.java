package fi.seloste.domain.record;

import java.time.LocalDate;
import java.util.Objects;

import fi.seloste.domain.Answer;
import fi.seloste.domain.LocalizedText;

/**
 * The data processing agreement (Art. 28(3)) with the system at an index of the register's systems: whether it is
 * signed, when, and where the business keeps it. NOT_ANSWERED means the owner has not said; the record prints
 * nothing for it.
 */
public record ProcessorAgreement(int system, Answer signed, LocalDate signedOn, LocalizedText keptAt) {

    public ProcessorAgreement {
        if (system < 0) {
            throw new IllegalArgumentException("a system's index is never negative: " + system);
        }
        signed = Objects.requireNonNullElse(signed, Answer.NOT_ANSWERED);
        keptAt = Objects.requireNonNullElse(keptAt, LocalizedText.EMPTY);
    }

    public static ProcessorAgreement unanswered(int system) {
        return new ProcessorAgreement(system, Answer.NOT_ANSWERED, null, LocalizedText.EMPTY);
    }

    public ProcessorAgreement atSystem(int index) {
        return new ProcessorAgreement(index, signed, signedOn, keptAt);
    }

    public ProcessorAgreement withSigned(Answer value) {
        return new ProcessorAgreement(system, value, signedOn, keptAt);
    }

    public ProcessorAgreement withSignedOn(LocalDate value) {
        return new ProcessorAgreement(system, signed, value, keptAt);
    }

    public ProcessorAgreement withKeptAt(LocalizedText value) {
        return new ProcessorAgreement(system, signed, signedOn, value);
    }
}
