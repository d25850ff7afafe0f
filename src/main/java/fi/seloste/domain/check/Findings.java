package fi.seloste.domain.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;

/**
 * Collects the findings of one check. A finding is a value: the same one found twice (two systems of the same name,
 * the same placeholder in two texts of a step) tells the owner nothing more, so it is kept once.
 */
final class Findings {

    private static final Comparator<Finding> STEP_THEN_SEVERITY =
            Comparator.comparing(Finding::step).thenComparing(Finding::severity);

    private final Set<Finding> found = new LinkedHashSet<>();

    /** A finding about the whole notice, at the rule's step. */
    void add(Rule rule, MessageArgument... arguments) {
        addAt(stepOf(rule), rule, arguments);
    }

    /** A finding about one register, at the rule's step; the register's name comes before the arguments. */
    void add(Register register, Rule rule, MessageArgument... arguments) {
        addAt(register, stepOf(rule), rule, arguments);
    }

    /** A finding about the whole notice at a step the rule does not fix. */
    void addAt(NoticeStep step, Rule rule, MessageArgument... arguments) {
        found.add(new Finding(rule, rule.severity(), step, null, List.of(arguments)));
    }

    /** A finding about one register at a step the rule does not fix; the register's name comes first. */
    void addAt(Register register, NoticeStep step, Rule rule, MessageArgument... arguments) {
        List<MessageArgument> withName = new ArrayList<>();
        withName.add(MessageArgument.ownerText(register.name()));
        withName.addAll(List.of(arguments));
        found.add(new Finding(rule, rule.severity(), step, register.id(), withName));
    }

    /** The findings in the order of the wizard's steps, the most serious first within a step. */
    List<Finding> inStepOrder() {
        return found.stream().sorted(STEP_THEN_SEVERITY).toList();
    }

    private static NoticeStep stepOf(Rule rule) {
        return Objects.requireNonNull(rule.step(), () -> rule + " has no step of its own");
    }
}
