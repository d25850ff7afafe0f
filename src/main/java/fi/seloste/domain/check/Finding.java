package fi.seloste.domain.check;

import java.util.List;
import java.util.Objects;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;

/**
 * Something the notice lacks or contradicts, and the step where the owner fixes it. registerId is null when the
 * finding is about the whole notice; a register's finding has the register's name as its first argument.
 */
public record Finding(Rule rule, Severity severity, NoticeStep step, Long registerId, List<MessageArgument> arguments) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(step, "step");
        arguments = List.copyOf(arguments);
    }

    /** What is wrong and what to do about it, in plain words, in fi, sv or en. */
    public String message(Language language) {
        return FindingMessages.in(language).message(this);
    }
}
