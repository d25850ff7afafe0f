package fi.seloste.domain.check;

import java.time.LocalDate;
import java.util.List;

import fi.seloste.domain.Notice;

/**
 * Lists what GDPR Art. 13 and 14 (and the Finnish Data Protection Act) require of the notice and what is missing or
 * contradictory, in the order of the wizard's steps.
 */
public final class CompletenessCheck {

    private static final List<RuleGroup> RULE_GROUPS = List.of(
            new ControllerRules(),
            new RegisterRules(),
            new ProvisionRules(),
            new DataRules(),
            new TransferRules(),
            new RecipientRoleRules(),
            new RetentionRules(),
            new SecurityRules(),
            new CookieAndAutomationRules(),
            new MergeNoteRules(),
            new OwnerTextRules(),
            new LimitRules(),
            new TranslationRules(),
            new ReviewRules());

    /** Whether the notice has a finding of severity ERROR: what export and sign-off ask before they go ahead. */
    public static boolean hasErrors(Notice notice, LocalDate today) {
        return !errors(notice, today).isEmpty();
    }

    /** The findings of severity ERROR, in step order. */
    public static List<Finding> errors(Notice notice, LocalDate today) {
        return new CompletenessCheck().check(notice, today).stream()
                .filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    public List<Finding> check(Notice notice, LocalDate today) {
        Findings findings = new Findings();
        for (RuleGroup group : RULE_GROUPS) {
            group.check(notice, today, findings);
        }
        return findings.inStepOrder();
    }
}
