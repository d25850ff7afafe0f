package fi.seloste.domain.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Person;
import fi.seloste.domain.Register;

/**
 * The internal record of processing activities (GDPR Art. 30(1)): what the business keeps beside its public notice
 * and shows the authority when asked. It is not part of the notice: nothing here is ever printed in the notice,
 * and changing it does not change what was signed off. The controller, the DPO, purposes, people, data, sources,
 * systems, recipients, transfers and retention come from the notice itself; this holds what only the record needs.
 * representative is the controller's representative in the EU (Art. 27), for a business established outside it;
 * publishedUrl and publishedPlace say where the published notice is (a web address, or a place such as "reception folder").
 */
public record ProcessingRecord(Person representative, String publishedUrl, LocalizedText publishedPlace,
                               List<RegisterRecord> registers) {

    public static final ProcessingRecord EMPTY = new ProcessingRecord(Person.EMPTY, "", LocalizedText.EMPTY, List.of());

    public ProcessingRecord {
        representative = Objects.requireNonNullElse(representative, Person.EMPTY);
        publishedUrl = Objects.requireNonNullElse(publishedUrl, "");
        publishedPlace = Objects.requireNonNullElse(publishedPlace, LocalizedText.EMPTY);
        registers = registers == null ? List.of() : List.copyOf(registers);
    }

    /** The record of the register, empty if nothing has been written for it yet. */
    public RegisterRecord of(long registerId) {
        return registers.stream().filter(r -> r.registerId() == registerId).findFirst()
                .orElse(RegisterRecord.empty(registerId));
    }

    /** This record with the register's part replaced (or added). */
    public ProcessingRecord with(RegisterRecord register) {
        List<RegisterRecord> next = new ArrayList<>();
        boolean replaced = false;
        for (RegisterRecord r : registers) {
            if (r.registerId() == register.registerId()) {
                next.add(register);
                replaced = true;
            } else {
                next.add(r);
            }
        }
        if (!replaced) {
            next.add(register);
        }
        return new ProcessingRecord(representative, publishedUrl, publishedPlace, next);
    }

    /**
     * This record as it applies to the notice's registers: parts of registers no longer in it, registers fed that
     * are gone and agreements of systems the register no longer has are left out (they went with what was deleted).
     */
    public ProcessingRecord forRegisters(fi.seloste.domain.Notice notice) {
        java.util.Map<Long, Register> byId = new java.util.HashMap<>();
        notice.registers().forEach(r -> byId.putIfAbsent(r.id(), r));
        List<RegisterRecord> kept = new ArrayList<>();
        for (RegisterRecord part : registers) {
            Register register = byId.get(part.registerId());
            if (register != null) {
                kept.add(part.forRegister(notice.systemsOf(register).size(), byId.keySet()));
            }
        }
        return new ProcessingRecord(representative, publishedUrl, publishedPlace, kept);
    }

    public ProcessingRecord withRepresentative(Person value) {
        return new ProcessingRecord(value, publishedUrl, publishedPlace, registers);
    }

    public ProcessingRecord withPublishedUrl(String value) {
        return new ProcessingRecord(representative, value, publishedPlace, registers);
    }

    public ProcessingRecord withPublishedPlace(LocalizedText value) {
        return new ProcessingRecord(representative, publishedUrl, value, registers);
    }
}
