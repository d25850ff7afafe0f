package fi.seloste.domain.check;

import java.util.function.Predicate;

import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Controller;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Provision;
import fi.seloste.domain.Register;
import fi.seloste.domain.Security;

/**
 * Whether the owner (or a template she chose) has answered anything in a step yet. A step about registers has
 * been started when any register has an answer in it. Review is always started: it sums up every other step.
 */
public final class StartedSteps {

    private StartedSteps() {
    }

    public static boolean isStarted(NoticeStep step, Notice notice) {
        return switch (step) {
            case CONTROLLER -> isStarted(notice.controller());
            case CONTACT -> isStarted(notice.contactPerson()) || notice.dataProtectionOfficer() != null;
            case REGISTERS -> !notice.registers().isEmpty();
            case PURPOSES -> any(notice, r -> !r.purposes().isEmpty() || !r.provision().equals(Provision.NOT_STATED));
            case DATA -> any(notice, r -> !r.dataSubjects().isEmpty() || !r.dataCategories().isEmpty()
                    || !r.identityCodeReason().isBlank());
            case SOURCES -> any(notice, r -> !r.sources().isEmpty());
            case SYSTEMS -> !notice.systems().isEmpty();
            case RECIPIENTS -> any(notice, r -> !r.recipients().isEmpty() || r.transfersOutsideEea().isAnswered()
                    || r.otherDisclosures().isAnswered());
            case RETENTION -> any(notice, r -> !r.retention().isEmpty());
            case SECURITY -> isStarted(notice.security());
            case COOKIES_AND_AUTOMATION -> isStarted(notice.cookies()) || any(notice, r -> isStarted(r.automatedDecisions()));
            // The rights the notice lists follow from the purposes' legal bases; the owner's own words are optional.
            case RIGHTS -> !notice.settings().rightsInstructions().isBlank() || any(notice, r -> !r.purposes().isEmpty());
            case REVIEW -> true;
        };
    }

    private static boolean any(Notice notice, Predicate<Register> answered) {
        return notice.registers().stream().anyMatch(answered);
    }

    private static boolean isStarted(Controller c) {
        return !c.name().isBlank() || !c.businessId().isBlank() || isStarted(c.address()) || !c.phone().isBlank()
                || !c.email().isBlank() || !c.website().isBlank();
    }

    private static boolean isStarted(Person p) {
        return p != null && (!p.name().isBlank() || !p.title().isBlank() || !p.email().isBlank() || !p.phone().isBlank()
                || isStarted(p.address()));
    }

    private static boolean isStarted(PostalAddress a) {
        return !a.street().isBlank() || !a.postalCode().isBlank() || !a.town().isBlank();
    }

    private static boolean isStarted(Security s) {
        return !s.measures().isEmpty() || !s.paperText().isBlank() || !s.electronicText().isBlank()
                || !s.organisationalText().isBlank();
    }

    private static boolean isStarted(Cookies c) {
        return c.used().isAnswered() || !c.inventory().isEmpty() || !c.description().isBlank();
    }

    private static boolean isStarted(AutomatedDecisions a) {
        return a.decisions().isAnswered() || a.profiling().isAnswered() || !a.logic().isBlank()
                || !a.significance().isBlank();
    }
}
