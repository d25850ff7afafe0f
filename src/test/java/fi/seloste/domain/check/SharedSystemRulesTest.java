package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFindsForTheBusiness;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.SystemUse;

import org.junit.jupiter.api.Test;

/** The business's systems as a reader of the notice sees them: each told apart by its name, each of some register. */
class SharedSystemRulesTest {

    private static SystemUse system(String name, String storage) {
        return new SystemUse(null, name, "Toimittaja Oy", LocalizedText.finnish("Käyttö"), ProcessingRole.PROCESSOR,
                LocalizedText.finnish(storage), List.of(), "", null);
    }

    @Test
    void twoSystemsOfOneNameAreAnErrorNamingIt() {
        Notice complete = CompleteNotice.notice();
        long registerId = complete.registers().get(0).id();
        Notice twice = complete.withSystemAdded(system("HubSpot", "EU"), Set.of(registerId))
                .withSystemAdded(system(" hubspot ", "Yhdysvallat"), Set.of(registerId));

        Finding finding = assertFindsForTheBusiness(Rule.SYSTEM_NAME_DUPLICATE, twice);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.arguments()).containsExactly(MessageArgument.verbatim("HubSpot"));
        assertDoesNotFind(Rule.SYSTEM_NAME_DUPLICATE, complete);
    }

    @Test
    void aSystemNoRegisterUsesIsAnErrorUntilARegisterIsTicked() {
        Notice complete = CompleteNotice.notice();
        Notice orphan = complete.withSystemAdded(system("Paperikansio", "Toimisto"), Set.of());

        Finding finding = assertFindsForTheBusiness(Rule.SYSTEM_USED_BY_NO_REGISTER, orphan);
        assertThat(finding.arguments()).containsExactly(MessageArgument.verbatim("Paperikansio"));
        String key = orphan.systems().get(orphan.systems().size() - 1).key();
        List<String> keys = new ArrayList<>(orphan.registers().get(0).systemKeys());
        keys.add(key);
        Notice ticked = orphan.withRegisters(List.of(orphan.registers().get(0).toBuilder().systemKeys(keys).build()));
        assertDoesNotFind(Rule.SYSTEM_USED_BY_NO_REGISTER, ticked);
        assertDoesNotFind(Rule.SYSTEM_USED_BY_NO_REGISTER, complete);
    }
}
