package fi.seloste.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.seloste.domain.Answer;
import fi.seloste.domain.LocalizedText;

/** Each processor agreement stays with its system when the register's systems are removed or change places. */
class RegisterRecordTest {

    @Test
    void removingASystemTakesItsAgreementAndMovesTheLaterOnesUp() {
        ProcessorAgreement first = ProcessorAgreement.unanswered(0).withSigned(Answer.YES).withSignedOn(LocalDate.of(2025, 3, 1));
        ProcessorAgreement second = ProcessorAgreement.unanswered(1).withSigned(Answer.NO);
        ProcessorAgreement third = ProcessorAgreement.unanswered(2).withSigned(Answer.YES)
                .withKeptAt(LocalizedText.finnish("Sopimuskansio, toimisto"));
        RegisterRecord record = RegisterRecord.empty(7).withAgreement(third).withAgreement(first).withAgreement(second);

        RegisterRecord after = record.reindexed(i -> i == 1 ? -1 : i > 1 ? i - 1 : i);

        assertThat(after.agreements()).containsExactly(first, third.atSystem(1));
        assertThat(after.agreement(1).keptAt().fi()).isEqualTo("Sopimuskansio, toimisto");
        assertThat(after.agreement(2)).isEqualTo(ProcessorAgreement.unanswered(2));
    }

    @Test
    void systemsThatChangePlacesKeepTheirAgreements() {
        ProcessorAgreement first = ProcessorAgreement.unanswered(0).withSigned(Answer.YES);
        ProcessorAgreement third = ProcessorAgreement.unanswered(2).withKeptAt(LocalizedText.finnish("Kansio"));
        RegisterRecord record = RegisterRecord.empty(7).withAgreement(first).withAgreement(third);

        RegisterRecord swapped = record.reindexed(i -> 2 - i);

        assertThat(swapped.agreements()).containsExactly(third.atSystem(0), first.atSystem(2));
        assertThat(swapped.reindexed(i -> 2 - i)).isEqualTo(record);
    }

    @Test
    void aRegistersPartIsReplacedNotDuplicated() {
        ProcessingRecord record = ProcessingRecord.EMPTY.with(RegisterRecord.empty(1).withErasure(LocalizedText.finnish("a")))
                .with(RegisterRecord.empty(2))
                .with(RegisterRecord.empty(1).withErasure(LocalizedText.finnish("b")));

        assertThat(record.registers()).hasSize(2);
        assertThat(record.of(1).erasure().fi()).isEqualTo("b");
        assertThat(record.of(3)).isEqualTo(RegisterRecord.empty(3));
    }
}
