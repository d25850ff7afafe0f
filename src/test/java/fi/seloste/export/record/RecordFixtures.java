package fi.seloste.export.record;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.samples.CompletedSeeds;
import fi.seloste.testing.SampleRecords;

/**
 * A filled record of processing for the spreadsheet's tests: the physiotherapist's notice and record
 * ({@link SampleRecords}, two registers, every field of the customer register's record written), with a data
 * protection officer and a representative added so that every item of Art. 30(1)(a) is there too.
 */
final class RecordFixtures {

    private RecordFixtures() {
    }

    static Notice notice() {
        Notice n = SampleRecords.physiotherapyNotice();
        Person dpo = new Person("Maria Virta", LocalizedText.finnish("tietosuojavastaava"), "dpo@tietosuoja.example", "+358 9 123 4567",
                new PostalAddress("Esimerkkikatu 1", "00100", "Helsinki"));
        return n.withDataProtectionOfficer(dpo); // the business's systems, security and cookies kept
    }

    /** The physiotherapist's notice as it is, with its one register. */
    static Notice oneRegister() {
        return CompletedSeeds.physiotherapy();
    }

    static ProcessingRecord record() {
        return SampleRecords.physiotherapy().withRepresentative(new Person("EU Representative Ltd", LocalizedText.finnish("representative"),
                "rep@example.eu", "+353 1 234 5678", new PostalAddress("1 Main Street", "D01", "Dublin")));
    }
}
