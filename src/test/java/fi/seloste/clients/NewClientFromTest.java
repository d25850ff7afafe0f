package fi.seloste.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Notice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.PlacedFieldKey.Field;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewClientFromTest {

    @TempDir
    Path folder;

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

    @Test
    void theValuesTheModelsOwnerHasNotCheckedStayMarkedInTheCopyAndThoseSheCheckedDoNot() throws Exception {
        Notice model = SeedNotices.physiotherapy();
        long register = model.registers().get(0).id();
        FromOldNotice name = mark(PlacedFieldKey.of(Field.CONTROLLER_NAME), "Flowest");
        FromOldNotice businessId = mark(PlacedFieldKey.of(Field.CONTROLLER_BUSINESS_ID), "1234567-1");
        FromOldNotice street = mark(PlacedFieldKey.of(Field.CONTROLLER_STREET), "Kauppakatu 1");
        FromOldNotice description = mark(PlacedFieldKey.ofRegister(Field.REGISTER_DESCRIPTION, register), "Asiakkaat.");
        FromOldNotice purpose = mark(PlacedFieldKey.ofRegister(Field.PURPOSE_DESCRIPTION, register, "0"), "Hoito");
        FromOldNotice system = mark(PlacedFieldKey.of(Field.SYSTEM, "hubspot"), "hubspot");
        Path modelFile = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ProcessingRecord record = ProcessingRecord.EMPTY.withPublishedUrl("https://flowest.fi/tietosuoja");
        ClientFiles.importDraft(modelFile, model, record, List.of(name, businessId, street, description, purpose, system));
        try (ClientFile opened = ClientFiles.open(modelFile)) {
            opened.confirmMark(street.field());
        }

        Path copyFile = folder.resolve("Fysio Kallio" + ClientFileName.EXTENSION);
        NewClientFrom.write(modelFile, copyFile, "Fysio Kallio Oy");

        try (ClientFile copy = ClientFiles.openToRead(copyFile)) {
            assertThat(copy.loadMarks()).as("unchecked marks come along in order; the checked street, and the name and"
                    + " Y-tunnus the copy does not take, do not").containsExactly(description, purpose, system);
            assertThat(copy.load().registers()).extracting(r -> r.id()).as("the same register ids: the same fields")
                    .containsExactlyElementsOf(model.registers().stream().map(r -> r.id()).toList());
            assertThat(copy.loadRecord()).isEqualTo(record);
        }
        try (ClientFile source = ClientFiles.openToRead(modelFile)) {
            assertThat(source.loadMarks()).as("the model is only read").containsExactly(name, businessId, description,
                    purpose, system);
        }
    }

    @Test
    void aModelWithoutMarksGivesACopyWithout() throws Exception {
        Path modelFile = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        ClientFiles.importInto(modelFile, SeedNotices.physiotherapy(), List.of(), false);
        Path copyFile = folder.resolve("Fysio Kallio" + ClientFileName.EXTENSION);

        NewClientFrom.write(modelFile, copyFile, "Fysio Kallio Oy");

        try (ClientFile copy = ClientFiles.openToRead(copyFile)) {
            assertThat(copy.loadMarks()).isEmpty();
        }
    }

    private static FromOldNotice mark(PlacedFieldKey field, String value) {
        return new FromOldNotice(field, value, "Vanhan selosteen lause: " + value + ".");
    }
}
