package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fi.seloste.domain.Answer;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.record.AgreementsAfterSharing;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file of format 3 or older keeps each register's systems, and the record's agreements by a system's place among
 * them: read into the business's systems, a second register that listed two of them in the other order keeps each
 * agreement with its own system.
 */
class AgreementsAfterImportTest {

    private static final String FIXTURE = "/fi/seloste/store/format6-physiotherapy.json";

    @Test
    void aRegisterThatListedTheSystemsInAnotherOrderKeepsEachAgreementWithItsSystem() throws Exception {
        JsonNode document;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FIXTURE), FIXTURE)) {
            document = NoticeJson.mapper().readTree(in.readAllBytes());
        }
        ObjectNode notice = (ObjectNode) NoticeJson.toForm3(document.get("notice").deepCopy(), 2, false);
        ArrayNode registers = (ArrayNode) notice.get("registers");
        ObjectNode second = (ObjectNode) registers.get(0).deepCopy();
        second.put("id", 2);
        ArrayNode firstSystems = (ArrayNode) registers.get(0).get("systems");
        ArrayNode reversed = second.putArray("systems");
        reversed.add(firstSystems.get(1).deepCopy()).add(firstSystems.get(0).deepCopy());
        registers.add(second);
        ProcessingRecord record = ProcessingRecord.EMPTY.with(RegisterRecord.empty(2).withAgreements(List.of(
                ProcessorAgreement.unanswered(0).withSigned(Answer.NO).withKeptAt(LocalizedText.finnish("Holvin sopimus")),
                ProcessorAgreement.unanswered(1).withSigned(Answer.YES).withKeptAt(LocalizedText.finnish("HubSpotin sopimus")))));

        Map<Long, List<String>> keysBefore = SharedSectionsFormat4.keysBefore(notice);
        Notice merged = NoticeJson.mapper().treeToValue(SharedSectionsFormat4.upgrade(notice.deepCopy()), Notice.class);
        ProcessingRecord followed = AgreementsAfterSharing.follow(record, merged, keysBefore);

        List<SystemUse> ofSecond = merged.systemsOf(merged.registers().get(1));
        assertThat(ofSecond).extracting(SystemUse::name).containsExactly("HubSpot", "Holvi");
        assertThat(followed.of(2).agreement(0).keptAt().fi()).isEqualTo("HubSpotin sopimus");
        assertThat(followed.of(2).agreement(1).keptAt().fi()).isEqualTo("Holvin sopimus");
        assertThat(followed.of(2).agreement(1).signed()).isEqualTo(Answer.NO);
        assertThat(merged.systems()).as("the two registers' identical systems are one each")
                .hasSize(firstSystems.size());
    }
}
