package fi.seloste.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;

/**
 * What the schema cannot check of a record of processing: each part belongs to a register of the notice, once;
 * the registers it feeds exist and are not itself; each agreement is for a system the register has, once.
 */
final class RecordReferences {

    private RecordReferences() {
    }

    static void check(ProcessingRecord record, Notice notice, InterchangeMessages messages) throws InterchangeException {
        Map<Long, Register> registers = notice.registers().stream()
                .collect(Collectors.toMap(Register::id, Function.identity(), (a, b) -> a));
        List<InterchangeProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < record.registers().size(); i++) {
            RegisterRecord part = record.registers().get(i);
            String path = "record.registers[" + i + "]";
            Register register = registers.get(part.registerId());
            if (register == null) {
                problems.add(new InterchangeProblem(path + ".registerId", messages.text("recordNoRegister", part.registerId())));
                continue;
            }
            if (!seen.add(part.registerId())) {
                problems.add(new InterchangeProblem(path + ".registerId", messages.text("recordRegisterTwice", part.registerId())));
            }
            Set<Long> fedOnce = new HashSet<>();
            for (int j = 0; j < part.feeds().size(); j++) {
                long fed = part.feeds().get(j);
                if (fed == part.registerId() || !registers.containsKey(fed) || !fedOnce.add(fed)) {
                    problems.add(new InterchangeProblem(path + ".feeds[" + j + "]", messages.text("recordNoFedRegister", fed)));
                }
            }
            Set<Integer> systems = new HashSet<>();
            for (int j = 0; j < part.agreements().size(); j++) {
                ProcessorAgreement agreement = part.agreements().get(j);
                if (agreement.system() >= notice.systemsOf(register).size() || !systems.add(agreement.system())) {
                    problems.add(new InterchangeProblem(path + ".agreements[" + j + "].system",
                            messages.text("recordNoSystem", agreement.system(), notice.systemsOf(register).size())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InterchangeException(problems);
        }
    }
}
