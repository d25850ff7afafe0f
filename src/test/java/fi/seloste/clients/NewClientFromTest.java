package fi.seloste.clients;

import static org.assertj.core.api.Assertions.assertThat;

import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.api.Test;

class NewClientFromTest {

    @Test
    void theNewClientHasTheModelsNoticeWithItsSystemsButNotItsBusinessIdOrReviewDate() {
        Notice model = SeedNotices.physiotherapy();
        assertThat(model.systems()).isNotEmpty();

        Notice started = NewClientFrom.startedFrom(model, "  Fysio Kallio Oy ");

        assertThat(started.controller().name()).isEqualTo("Fysio Kallio Oy");
        assertThat(started.controller().businessId()).isEmpty();
        assertThat(started.settings().nextReview()).isNull();
        assertThat(started.registers()).isEqualTo(model.registers());
        assertThat(started.systems()).as("the business's systems come along").isEqualTo(model.systems());
        assertThat(started.security()).isEqualTo(model.security());
        assertThat(started.cookies()).isEqualTo(model.cookies());
        for (var register : started.registers()) {
            assertThat(started.systemsOf(register)).isEqualTo(model.systemsOf(register));
        }
    }
}
