package fi.seloste.domain;

import java.util.List;
import java.util.Objects;

/**
 * One register (rekisteri) of a client and everything the notice says about it. id is the store's key.
 * identityCodeReason says why henkilötunnus is processed (tietosuojalaki § 29) and is blank when it is not.
 */
public record Register(
        long id,
        RegisterTemplate template,
        LocalizedText name,
        LocalizedText description,
        List<Purpose> purposes,
        List<DataSubjectGroup> dataSubjects,
        List<DataCategory> dataCategories,
        LocalizedText identityCodeReason,
        List<DataSource> sources,
        List<SystemUse> systems,
        List<Recipient> recipients,
        List<RetentionRule> retention,
        Security security,
        Cookies cookies,
        AutomatedDecisions automatedDecisions,
        Provision provision) {

    public Register {
        template = Objects.requireNonNullElse(template, RegisterTemplate.BLANK);
        name = Objects.requireNonNullElse(name, LocalizedText.EMPTY);
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        purposes = List.copyOf(purposes);
        dataSubjects = List.copyOf(dataSubjects);
        dataCategories = List.copyOf(dataCategories);
        identityCodeReason = Objects.requireNonNullElse(identityCodeReason, LocalizedText.EMPTY);
        sources = List.copyOf(sources);
        systems = List.copyOf(systems);
        recipients = List.copyOf(recipients);
        retention = List.copyOf(retention);
        security = Objects.requireNonNullElse(security, Security.NONE);
        cookies = Objects.requireNonNullElse(cookies, Cookies.NONE);
        automatedDecisions = Objects.requireNonNullElse(automatedDecisions, AutomatedDecisions.NONE);
        provision = Objects.requireNonNullElse(provision, Provision.NOT_STATED);
    }

    /** A register with a name and nothing else yet, as the owner starts it. */
    public static Register empty(long id, RegisterTemplate template, LocalizedText name) {
        return new Register(id, template, name, LocalizedText.EMPTY, List.of(), List.of(), List.of(), LocalizedText.EMPTY,
                List.of(), List.of(), List.of(), List.of(), Security.NONE, Cookies.NONE, AutomatedDecisions.NONE,
                Provision.NOT_STATED);
    }

    public Register withName(LocalizedText newName) {
        return new Register(id, template, newName, description, purposes, dataSubjects, dataCategories, identityCodeReason,
                sources, systems, recipients, retention, security, cookies, automatedDecisions, provision);
    }

    public Register withPurposes(List<Purpose> newPurposes) {
        return new Register(id, template, name, description, newPurposes, dataSubjects, dataCategories, identityCodeReason,
                sources, systems, recipients, retention, security, cookies, automatedDecisions, provision);
    }

    public boolean processesIdentityCode() {
        return dataCategories.stream().anyMatch(c -> DataCategory.PERSONAL_IDENTITY_CODE.equals(c.catalogKey()));
    }
}
