package fi.seloste.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.Notice;

/** Runs the check on the test day and asserts on what one rule finds. */
final class Checking {

    private Checking() {
    }

    static List<Finding> findingsIn(Notice notice) {
        return new CompletenessCheck().check(notice, CompleteNotice.TODAY);
    }

    static List<Finding> findingsOf(Rule rule, Notice notice) {
        return findingsIn(notice).stream().filter(finding -> finding.rule() == rule).toList();
    }

    /** The one finding of the rule, checked to have the rule's severity and step and to be about registerId. */
    static Finding assertFinds(Rule rule, Notice notice, Long registerId) {
        List<Finding> found = findingsOf(rule, notice);
        assertThat(found).as("findings of %s", rule).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.severity()).isEqualTo(rule.severity());
        if (rule.step() != null) {
            assertThat(finding.step()).isEqualTo(rule.step());
        }
        assertThat(finding.registerId()).isEqualTo(registerId);
        return finding;
    }

    static Finding assertFindsInRegister(Rule rule, Notice notice) {
        return assertFinds(rule, notice, CompleteNotice.REGISTER_ID);
    }

    /** The one finding of the rule, about the business's shared sections rather than one register. */
    static Finding assertFindsForTheBusiness(Rule rule, Notice notice) {
        return assertFinds(rule, notice, null);
    }

    static void assertDoesNotFind(Rule rule, Notice notice) {
        assertThat(findingsOf(rule, notice)).as("findings of %s", rule).isEmpty();
    }
}
