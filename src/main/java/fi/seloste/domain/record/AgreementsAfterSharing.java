package fi.seloste.domain.record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;

/**
 * The record's processor agreements after the registers' systems became the business's (docs/decisions/0021). An
 * agreement is kept by the place of its system in the register's list of systems; after the merge that list is
 * {@link Notice#systemsOf}, in the business's order and with identical systems once, so each agreement moves to
 * where its system now stands. Nothing is dropped that still has its system; of two identical systems that became
 * one, the first one's agreement is kept.
 */
public final class AgreementsAfterSharing {

    private AgreementsAfterSharing() {
    }

    /**
     * The record with each register's agreements moved. keysBefore: for each register (by id), the key in the merged
     * notice of each system the register had, in the order it had them.
     */
    public static ProcessingRecord follow(ProcessingRecord record, Notice merged, Map<Long, List<String>> keysBefore) {
        ProcessingRecord result = record;
        for (Register register : merged.registers()) {
            List<String> before = keysBefore.get(register.id());
            RegisterRecord part = record.of(register.id());
            if (before == null || part.agreements().isEmpty()) {
                continue;
            }
            List<String> now = merged.systemsOf(register).stream().map(SystemUse::key).toList();
            List<ProcessorAgreement> moved = new ArrayList<>();
            Set<Integer> taken = new HashSet<>();
            for (ProcessorAgreement agreement : part.agreements()) {
                int at = agreement.system() < before.size() ? now.indexOf(before.get(agreement.system())) : -1;
                if (at >= 0 && taken.add(at)) {
                    moved.add(agreement.atSystem(at));
                }
            }
            moved.sort(java.util.Comparator.comparingInt(ProcessorAgreement::system));
            result = result.with(part.withAgreements(moved));
        }
        return result;
    }
}
