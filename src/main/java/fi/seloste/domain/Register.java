package fi.seloste.domain;

import java.util.List;
import java.util.Objects;

/**
 * One register (rekisteri) of a client and what the notice says about it alone. id is the store's key. Security,
 * cookies and the systems are the business's ({@link Notice}); systemKeys says which of its systems hold this
 * register's data ({@link SystemUse#key()}).
 * identityCodeReason says why henkilötunnus is processed (tietosuojalaki § 29) and is blank when it is not.
 * transfersOutsideEea and otherDisclosures are the owner's answers to "is data transferred outside the EU/EEA?" and
 * "is data disclosed regularly to anyone not listed?"; the notice prints a "no" only when she gave it.
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
        List<String> systemKeys,
        List<Recipient> recipients,
        List<RetentionRule> retention,
        AutomatedDecisions automatedDecisions,
        Provision provision,
        Answer transfersOutsideEea,
        Answer otherDisclosures) {

    public Register {
        template = Objects.requireNonNullElse(template, RegisterTemplate.BLANK);
        name = Objects.requireNonNullElse(name, LocalizedText.EMPTY);
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        purposes = List.copyOf(purposes);
        dataSubjects = List.copyOf(dataSubjects);
        dataCategories = List.copyOf(dataCategories);
        identityCodeReason = Objects.requireNonNullElse(identityCodeReason, LocalizedText.EMPTY);
        sources = List.copyOf(sources);
        systemKeys = systemKeys == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(systemKeys));
        recipients = List.copyOf(recipients);
        retention = List.copyOf(retention);
        automatedDecisions = Objects.requireNonNullElse(automatedDecisions, AutomatedDecisions.NONE);
        provision = Objects.requireNonNullElse(provision, Provision.NOT_STATED);
        transfersOutsideEea = Objects.requireNonNullElse(transfersOutsideEea, Answer.NOT_ANSWERED);
        otherDisclosures = Objects.requireNonNullElse(otherDisclosures, Answer.NOT_ANSWERED);
    }

    /** A register with a name and nothing else yet, as the owner starts it. */
    public static Register empty(long id, RegisterTemplate template, LocalizedText name) {
        return new Register(id, template, name, LocalizedText.EMPTY, List.of(), List.of(), List.of(), LocalizedText.EMPTY,
                List.of(), List.of(), List.of(), List.of(), AutomatedDecisions.NONE,
                Provision.NOT_STATED, Answer.NOT_ANSWERED, Answer.NOT_ANSWERED);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some fields of a register and leaves the rest as they were. */
    public static final class Builder {
        private final long id;
        private RegisterTemplate template;
        private LocalizedText name;
        private LocalizedText description;
        private List<Purpose> purposes;
        private List<DataSubjectGroup> dataSubjects;
        private List<DataCategory> dataCategories;
        private LocalizedText identityCodeReason;
        private List<DataSource> sources;
        private List<String> systemKeys;
        private List<Recipient> recipients;
        private List<RetentionRule> retention;
        private AutomatedDecisions automatedDecisions;
        private Provision provision;
        private Answer transfersOutsideEea;
        private Answer otherDisclosures;

        private Builder(Register r) {
            id = r.id;
            template = r.template;
            name = r.name;
            description = r.description;
            purposes = r.purposes;
            dataSubjects = r.dataSubjects;
            dataCategories = r.dataCategories;
            identityCodeReason = r.identityCodeReason;
            sources = r.sources;
            systemKeys = r.systemKeys;
            recipients = r.recipients;
            retention = r.retention;
            automatedDecisions = r.automatedDecisions;
            provision = r.provision;
            transfersOutsideEea = r.transfersOutsideEea;
            otherDisclosures = r.otherDisclosures;
        }

        public Builder name(LocalizedText value) {
            name = value;
            return this;
        }

        public Builder description(LocalizedText value) {
            description = value;
            return this;
        }

        public Builder purposes(List<Purpose> value) {
            purposes = value;
            return this;
        }

        public Builder dataSubjects(List<DataSubjectGroup> value) {
            dataSubjects = value;
            return this;
        }

        public Builder dataCategories(List<DataCategory> value) {
            dataCategories = value;
            return this;
        }

        public Builder identityCodeReason(LocalizedText value) {
            identityCodeReason = value;
            return this;
        }

        public Builder sources(List<DataSource> value) {
            sources = value;
            return this;
        }

        public Builder systemKeys(List<String> value) {
            systemKeys = value;
            return this;
        }

        public Builder recipients(List<Recipient> value) {
            recipients = value;
            return this;
        }

        public Builder retention(List<RetentionRule> value) {
            retention = value;
            return this;
        }

        public Builder automatedDecisions(AutomatedDecisions value) {
            automatedDecisions = value;
            return this;
        }

        public Builder provision(Provision value) {
            provision = value;
            return this;
        }

        public Builder transfersOutsideEea(Answer value) {
            transfersOutsideEea = value;
            return this;
        }

        public Builder otherDisclosures(Answer value) {
            otherDisclosures = value;
            return this;
        }

        public Builder id(long newId) {
            return new Builder(new Register(newId, template, name, description, purposes, dataSubjects, dataCategories,
                    identityCodeReason, sources, systemKeys, recipients, retention, automatedDecisions,
                    provision, transfersOutsideEea, otherDisclosures));
        }

        public Register build() {
            return new Register(id, template, name, description, purposes, dataSubjects, dataCategories,
                    identityCodeReason, sources, systemKeys, recipients, retention, automatedDecisions,
                    provision, transfersOutsideEea, otherDisclosures);
        }
    }

    /** Whether the business's system with this key holds this register's data. */
    public boolean uses(String systemKey) {
        return systemKeys.contains(systemKey);
    }

    public boolean processesIdentityCode() {
        return dataCategories.stream().anyMatch(c -> DataCategory.PERSONAL_IDENTITY_CODE.equals(c.catalogKey()));
    }
}
