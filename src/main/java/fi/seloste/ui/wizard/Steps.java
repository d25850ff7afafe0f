package fi.seloste.ui.wizard;

import java.util.List;

import fi.seloste.domain.NoticeStep;

/** The wizard's steps in order; every NoticeStep has exactly one. */
final class Steps {

    static final List<Step> ALL = List.of(
            new ControllerStep(),
            new ContactStep(),
            new RegistersStep(),
            new PurposesStep(),
            new DataStep(),
            new SourcesStep(),
            new SystemsStep(),
            new RecipientsStep(),
            new RetentionStep(),
            new SecurityStep(),
            new CookiesAndAutomationStep(),
            new RightsStep(),
            new ReviewStep());

    private Steps() {
    }

    static Step of(NoticeStep id) {
        return ALL.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    static List<NoticeStep> order() {
        return ALL.stream().map(Step::id).sorted().toList();
    }
}
