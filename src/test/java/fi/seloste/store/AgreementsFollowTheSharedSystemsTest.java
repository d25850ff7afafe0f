package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.interchange.ProcessingRecordJson;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format-9 file whose two registers listed the same two systems in opposite orders, with processor agreements in
 * the record of processing kept by each system's place: after the upgrade to shared systems (V10) each agreement is
 * still the one of its own system, although the places changed.
 */
class AgreementsFollowTheSharedSystemsTest {

    @TempDir
    Path folder;

    @Test
    void eachAgreementStaysWithItsSystemWhenTheRegistersListedThemInAnotherOrder() throws Exception {
        Path file = folder.resolve("kahdet" + ClientFileName.EXTENSION);
        Flyway.configure().dataSource(H2Url.toCreate(file), H2Url.USER, H2Url.PASSWORD)
                .locations("classpath:db/migration").target("9").load().migrate();
        ProcessingRecord record = ProcessingRecord.EMPTY
                .with(RegisterRecord.empty(1).withAgreements(List.of(
                        agreement(0, Answer.YES, "HubSpotin sopimus"), agreement(1, Answer.NO, "Holvin sopimus"))))
                .with(RegisterRecord.empty(2).withAgreements(List.of(
                        agreement(0, Answer.NO, "Holvin sopimus"), agreement(1, Answer.YES, "HubSpotin sopimus"))));
        try (Connection c = DriverManager.getConnection(H2Url.toOpen(file), H2Url.USER, H2Url.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("insert into register (id, position, name_fi) values (1, 0, 'Asiakkaat'), (2, 1, 'Uutiskirje')");
            s.execute("insert into system_use (register_id, position, name, vendor, used_for_fi) values"
                    + " (1, 0, 'HubSpot', 'HubSpot Inc.', 'Asiakkuudet'), (1, 1, 'Holvi', 'Holvi Oy', 'Laskutus'),"
                    + " (2, 0, 'Holvi', 'Holvi Oy', 'Laskutus'), (2, 1, 'HubSpot', 'HubSpot Inc.', 'Asiakkuudet')");
            try (PreparedStatement p = c.prepareStatement("insert into processing_record (id, content) values (1, ?)")) {
                p.setString(1, new String(ProcessingRecordJson.canonicalBytes(record), StandardCharsets.UTF_8));
                p.execute();
            }
        }

        try (ClientFile upgraded = ClientFiles.open(file)) {
            Notice notice = upgraded.load();
            assertThat(notice.systems()).extracting(SystemUse::name).containsExactly("HubSpot", "Holvi");
            ProcessingRecord after = upgraded.loadRecord();
            for (Register register : notice.registers()) {
                List<SystemUse> systems = notice.systemsOf(register);
                assertThat(systems).extracting(SystemUse::name).containsExactly("HubSpot", "Holvi");
                RegisterRecord part = after.of(register.id());
                assertThat(part.agreement(0).keptAt().fi()).as(register.name().fi() + ": HubSpot's agreement")
                        .isEqualTo("HubSpotin sopimus");
                assertThat(part.agreement(0).signed()).isEqualTo(Answer.YES);
                assertThat(part.agreement(1).keptAt().fi()).as(register.name().fi() + ": Holvi's agreement")
                        .isEqualTo("Holvin sopimus");
                assertThat(part.agreement(1).signed()).isEqualTo(Answer.NO);
            }
        }
        try (ClientFile again = ClientFiles.open(file)) {
            assertThat(again.loadRecord().of(2).agreement(0).keptAt().fi()).as("moved once, not again")
                    .isEqualTo("HubSpotin sopimus");
        }
    }

    private static ProcessorAgreement agreement(int system, Answer signed, String keptAt) {
        return ProcessorAgreement.unanswered(system).withSigned(signed).withKeptAt(LocalizedText.finnish(keptAt));
    }
}
