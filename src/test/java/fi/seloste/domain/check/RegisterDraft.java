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
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SystemUse;
import fi.seloste.testing.SampleNotices;

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

    /** The register with the sample notice's systems, security and cookies, as if they were its own. */
    RegisterDraft(Register register) {
        this(register, SampleNotices.patientSystems(), SampleNotices.security(), SampleNotices.cookies());
    }

    RegisterDraft(Register register, List<SystemUse> systems, Security security, Cookies cookies) {
        id = register.id();
        template = register.template();
        name = register.name();
        description = register.description();
        purposes = register.purposes();
        dataSubjects = register.dataSubjects();
        dataCategories = register.dataCategories();
        identityCodeReason = register.identityCodeReason();
        sources = register.sources();
        this.systems = systems;
        recipients = register.recipients();
        retention = register.retention();
        this.security = security;
        this.cookies = cookies;
        automatedDecisions = register.automatedDecisions();
        provision = register.provision();
        transfersOutsideEea = register.transfersOutsideEea();
        otherDisclosures = register.otherDisclosures();
    }

    /** The register, naming its systems by their keys (a system without one gets "d" and its place). */
    Register build() {
        return new Register(id, template, name, description, purposes, dataSubjects, dataCategories, identityCodeReason,
                sources, keyedSystems().stream().map(SystemUse::key).toList(), recipients, retention, automatedDecisions,
                provision, transfersOutsideEea, otherDisclosures);
    }

    /** The notice with this register alone and its systems, security and cookies as the business's. */
    Notice into(Notice base) {
        return base.withRegisters(List.of(build())).withSystems(keyedSystems()).withSecurity(security).withCookies(cookies);
    }

    private List<SystemUse> keyedSystems() {
        List<SystemUse> keyed = new java.util.ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            SystemUse s = systems.get(i);
            keyed.add(s.key().isEmpty() ? s.withKey("d" + (i + 1)) : s);
        }
        return keyed;
    }
}
