package fi.seloste.domain.record;

import java.util.List;
import java.util.Objects;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Person;

/**
 * What the record of processing says of one register beyond the notice (Art. 30(1)): the person responsible for it
 * inside the business (vastuuhenkilö, not the public contact person), where the data is processed and kept, how it
 * moves, which registers it feeds, who handles it inside the business, each processor's data processing agreement,
 * the documentation of the safeguards for transfers (Art. 30(1)(e)), how data is erased, a general description of
 * the security measures (Art. 30(1)(g)) and a risk note. Every field is optional; an empty one is not printed.
 * agreements are by the position of the system in the register's systems list (Notice.systemsOf).
 */
public record RegisterRecord(long registerId, Person responsible, LocalizedText locations, LocalizedText dataFlows,
                             List<Long> feeds, LocalizedText accessRoles, List<ProcessorAgreement> agreements,
                             LocalizedText transferDocumentation, LocalizedText erasure, LocalizedText measures,
                             RiskNote risk) {

    public RegisterRecord {
        responsible = Objects.requireNonNullElse(responsible, Person.EMPTY);
        locations = Objects.requireNonNullElse(locations, LocalizedText.EMPTY);
        dataFlows = Objects.requireNonNullElse(dataFlows, LocalizedText.EMPTY);
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        accessRoles = Objects.requireNonNullElse(accessRoles, LocalizedText.EMPTY);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        transferDocumentation = Objects.requireNonNullElse(transferDocumentation, LocalizedText.EMPTY);
        erasure = Objects.requireNonNullElse(erasure, LocalizedText.EMPTY);
        measures = Objects.requireNonNullElse(measures, LocalizedText.EMPTY);
        risk = Objects.requireNonNullElse(risk, RiskNote.EMPTY);
    }

    public static RegisterRecord empty(long registerId) {
        return new RegisterRecord(registerId, null, null, null, null, null, null, null, null, null, null);
    }

    /** The agreement recorded for the system at the index, or an unanswered one. */
    public ProcessorAgreement agreement(int system) {
        return agreements.stream().filter(a -> a.system() == system).findFirst().orElse(ProcessorAgreement.unanswered(system));
    }

    public RegisterRecord withResponsible(Person value) {
        return new RegisterRecord(registerId, value, locations, dataFlows, feeds, accessRoles, agreements, transferDocumentation, erasure, measures, risk);
    }

    public RegisterRecord withLocations(LocalizedText value) {
        return new RegisterRecord(registerId, responsible, value, dataFlows, feeds, accessRoles, agreements, transferDocumentation, erasure, measures, risk);
    }

    public RegisterRecord withDataFlows(LocalizedText value) {
        return new RegisterRecord(registerId, responsible, locations, value, feeds, accessRoles, agreements, transferDocumentation, erasure, measures, risk);
    }

    public RegisterRecord withFeeds(List<Long> value) {
        return new RegisterRecord(registerId, responsible, locations, dataFlows, value, accessRoles, agreements, transferDocumentation, erasure, measures, risk);
    }

    public RegisterRecord withAccessRoles(LocalizedText value) {
        return new RegisterRecord(registerId, responsible, locations, dataFlows, feeds, value, agreements, transferDocumentation, erasure, measures, risk);
    }

    public RegisterRecord withAgreements(List<ProcessorAgreement> value) {
        return new RegisterRecord(registerId, responsible, locations, dataFlows, feeds, accessRoles, value, transferDocumentation, erasure, measures, risk);
    }

    /** This record with the system's agreement replaced (or added). */
    public RegisterRecord withAgreement(ProcessorAgreement value) {
        List<ProcessorAgreement> next = new java.util.ArrayList<>(agreements.stream().filter(a -> a.system() != value.system()).toList());
        next.add(value);
        next.sort(java.util.Comparator.comparingInt(ProcessorAgreement::system));
        return new RegisterRecord(registerId, responsible, locations, dataFlows, feeds, accessRoles, next, transferDocumentation, erasure, measures, risk);
    }

    /**
     * This part after the register's systems moved: the agreement of the system at index i goes to newIndex(i), and is
     * dropped when that is negative (the register no longer uses the system).
     */
    public RegisterRecord reindexed(java.util.function.IntUnaryOperator newIndex) {
        List<ProcessorAgreement> next = agreements.stream().filter(a -> newIndex.applyAsInt(a.system()) >= 0)
                .map(a -> a.atSystem(newIndex.applyAsInt(a.system())))
                .sorted(java.util.Comparator.comparingInt(ProcessorAgreement::system)).toList();
        return new RegisterRecord(registerId, responsible, locations, dataFlows, feeds, accessRoles, next, transferDocumentation, erasure, measures, risk);
    }

    /** This part with only the registers fed that exist (other than itself) and agreements of systems it has. */
    RegisterRecord forRegister(int systemCount, java.util.Set<Long> registerIds) {
        List<Long> fed = feeds.stream().distinct().filter(id -> id != registerId && registerIds.contains(id)).toList();
        List<ProcessorAgreement> kept = agreements.stream().filter(a -> a.system() < systemCount).toList();
        return new RegisterRecord(registerId, responsible, locations, dataFlows, fed, accessRoles, kept, transferDocumentation, erasure, measures, risk);
    }

    public RegisterRecord withTransferDocumentation(LocalizedText value) {
        return new RegisterRecord(registerId, responsible, locations, dataFlows, feeds, accessRoles, agreements, value, erasure, measures, risk);
    }

    public RegisterRecord withErasure(LocalizedText value) {
        return new RegisterRecord(registerId, responsible, locations, dataFlows, feeds, accessRoles, agreements, transferDocumentation, value, measures, risk);
    }

    public RegisterRecord withMeasures(LocalizedText value) {
        return new RegisterRecord(registerId, responsible, locations, dataFlows, feeds, accessRoles, agreements, transferDocumentation, erasure, value, risk);
    }

    public RegisterRecord withRisk(RiskNote value) {
        return new RegisterRecord(registerId, responsible, locations, dataFlows, feeds, accessRoles, agreements, transferDocumentation, erasure, measures, value);
    }
}
