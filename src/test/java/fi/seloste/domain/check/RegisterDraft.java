package fi.seloste.domain.check;

import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Provision;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SystemUse;

/** A register to change field by field in a test. */
final class RegisterDraft {

    long id;
    RegisterTemplate template;
    LocalizedText name;
    LocalizedText description;
    List<Purpose> purposes;
    List<DataSubjectGroup> dataSubjects;
    List<DataCategory> dataCategories;
    LocalizedText identityCodeReason;
    List<DataSource> sources;
    List<SystemUse> systems;
    List<Recipient> recipients;
    List<RetentionRule> retention;
    Security security;
    Cookies cookies;
    AutomatedDecisions automatedDecisions;
    Answer transfersOutsideEea;
    Answer otherDisclosures;
    Provision provision;

    RegisterDraft(Register register) {
        id = register.id();
        template = register.template();
        name = register.name();
        description = register.description();
        purposes = register.purposes();
        dataSubjects = register.dataSubjects();
        dataCategories = register.dataCategories();
        identityCodeReason = register.identityCodeReason();
        sources = register.sources();
        systems = register.systems();
        recipients = register.recipients();
        retention = register.retention();
        security = register.security();
        cookies = register.cookies();
        automatedDecisions = register.automatedDecisions();
        provision = register.provision();
        transfersOutsideEea = register.transfersOutsideEea();
        otherDisclosures = register.otherDisclosures();
    }

    Register build() {
        return new Register(id, template, name, description, purposes, dataSubjects, dataCategories, identityCodeReason,
                sources, systems, recipients, retention, security, cookies, automatedDecisions, provision,
                transfersOutsideEea, otherDisclosures);
    }
}
