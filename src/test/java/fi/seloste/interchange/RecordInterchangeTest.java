package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.seeds.SeedNotices;

/**
 * The record of processing travels beside the notice in an interchange file (issue 11): it reads back exactly, a
 * file without it (every file written before) reads with an empty record and is written as before, and a record
 * that points at a register or system the notice lacks is refused with the place and the reason.
 */
class RecordInterchangeTest {

    private static final Notice NOTICE = SeedNotices.physiotherapy();
    private static final long REGISTER = NOTICE.registers().get(0).id();

    private static ProcessingRecord record() {
        return ProcessingRecord.EMPTY.withPublishedUrl("https://flowest.fi/tietosuoja")
                .with(RegisterRecord.empty(REGISTER)
                        .withResponsible(new Person("Veera Westerholm", LocalizedText.finnish("yrittäjä"), "", "", PostalAddress.EMPTY))
                        .withLocations(LocalizedText.finnish("Vello (AWS, EU); lukittu kaappi"))
                        .withAgreement(new ProcessorAgreement(0, Answer.YES, LocalDate.of(2024, 3, 12), LocalizedText.finnish("Sopimuskansio")))
                        .withRisk(new RiskNote(Answer.YES, Answer.YES, LocalDate.of(2025, 1, 20), LocalizedText.EMPTY)));
    }

    @Test
    void theRecordReadsBackExactly() throws InterchangeException {
        byte[] written = NoticeInterchange.write(new InterchangeDocument(NOTICE, List.of(), record()));

        InterchangeDocument read = NoticeInterchange.read(written, Language.EN);

        assertThat(read.record()).isEqualTo(record());
        assertThat(read.notice()).isEqualTo(NOTICE);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"record\" : {", "\"Sopimuskansio\"");
    }

    @Test
    void aFileWithoutARecordIsWrittenAsBeforeAndReadsWithAnEmptyOne() throws InterchangeException {
        byte[] written = NoticeInterchange.write(new InterchangeDocument(NOTICE, List.of()));

        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("\"record\"");
        assertThat(NoticeInterchange.read(written, Language.EN).record()).isEqualTo(ProcessingRecord.EMPTY);
    }

    @Test
    void aRecordForARegisterOrSystemTheNoticeLacksIsRefused() {
        ProcessingRecord stray = ProcessingRecord.EMPTY.with(RegisterRecord.empty(REGISTER + 40))
                .with(RegisterRecord.empty(REGISTER).withAgreement(ProcessorAgreement.unanswered(99)).withFeeds(List.of(REGISTER)));
        // As another tool may write it: Seloste itself leaves such parts out (see below).
        tools.jackson.databind.node.ObjectNode document = (tools.jackson.databind.node.ObjectNode) NoticeJson.mapper()
                .readTree(NoticeInterchange.write(new InterchangeDocument(NOTICE, List.of())));
        document.set("record", NoticeJson.mapper().valueToTree(stray));
        byte[] written = NoticeJson.mapper().writeValueAsBytes(document);

        assertThatThrownBy(() -> NoticeInterchange.read(written, Language.EN))
                .isInstanceOfSatisfying(InterchangeException.class, e -> assertThat(e.problems()).extracting(InterchangeProblem::path)
                        .containsExactlyInAnyOrder("record.registers[0].registerId", "record.registers[1].feeds[0]",
                                "record.registers[1].agreements[0].system"));
    }

    @Test
    void partsOfDeletedRegistersAndSystemsAreNotWritten() throws InterchangeException {
        ProcessingRecord withLeftovers = record().with(RegisterRecord.empty(REGISTER + 40).withErasure(LocalizedText.finnish("x")))
                .with(record().of(REGISTER).withAgreement(ProcessorAgreement.unanswered(99)).withFeeds(List.of(REGISTER, REGISTER + 40)));

        InterchangeDocument read = NoticeInterchange.read(
                NoticeInterchange.write(new InterchangeDocument(NOTICE, List.of(), withLeftovers)), Language.EN);

        assertThat(read.record()).isEqualTo(record());
    }
}
