package fi.seloste.export.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Register;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.samples.CompletedSeeds;

/**
 * A filled record of processing for the spreadsheet's tests: the completed physiotherapy notice with a data
 * protection officer, and every field of the record written, in three languages, for each register.
 */
final class RecordFixtures {

    private RecordFixtures() {
    }

    /** The completed physiotherapy notice, with a data protection officer so that all of Art. 30(1)(a) is there. */
    static Notice notice() {
        Notice n = CompletedSeeds.physiotherapy();
        Person dpo = new Person("Tietosuoja Oy / Maria Virta", "tietosuojavastaava", "dpo@tietosuoja.example",
                "+358 9 123 4567", new PostalAddress("Esimerkkikatu 1", "00100", "Helsinki"));
        return new Notice(n.controller(), n.contactPerson(), dpo, n.settings(), n.registers());
    }

    /** The physiotherapy notice with the beauty salon's register as a second one. */
    static Notice twoRegisters() {
        Notice n = notice();
        Register second = CompletedSeeds.beautySalon().registers().get(0).toBuilder()
                .id(n.registers().get(0).id() + 1).build();
        return new Notice(n.controller(), n.contactPerson(), n.dataProtectionOfficer(), n.settings(),
                List.of(n.registers().get(0), second));
    }

    /** Every field of the record written for every register of the notice. */
    static ProcessingRecord record(Notice notice) {
        List<RegisterRecord> registers = new ArrayList<>();
        for (Register register : notice.registers()) {
            List<ProcessorAgreement> agreements = new ArrayList<>();
            for (int s = 0; s < register.systems().size(); s++) {
                agreements.add(new ProcessorAgreement(s, Answer.YES, LocalDate.of(2025, 3, 1 + s),
                        t("Sopimuskansio, toimisto", "Avtalspärmen, kontoret", "Agreements folder, office")));
            }
            List<Long> feeds = notice.registers().stream().map(Register::id).filter(id -> id != register.id()).toList();
            registers.add(new RegisterRecord(register.id(),
                    new Person("Veera Westerholm", "yrittäjä", "veera.westerholm@flowest.fi", "+358 50 405 4126", null),
                    t("Vastaanotto, Tähtelä; järjestelmätoimittajien palvelimet EU:ssa",
                            "Mottagningen, Tähtelä; systemleverantörernas servrar i EU",
                            "The practice in Tähtelä; the system vendors' servers in the EU"),
                    t("Ajanvaraus → potilastiedot → Kanta", "Tidsbokning → patientuppgifter → Kanta",
                            "Booking → patient records → Kanta"),
                    feeds,
                    t("Fysioterapeutit: potilastiedot; kirjanpitäjä: laskut", "Fysioterapeuter: patientuppgifter; bokförare: fakturor",
                            "Physiotherapists: patient records; accountant: invoices"),
                    agreements,
                    t("Vakiosopimuslausekkeet, kopio sopimuskansiossa", "Standardavtalsklausuler, kopia i avtalspärmen",
                            "Standard contractual clauses, a copy in the agreements folder"),
                    t("Tiedot poistetaan järjestelmästä säilytysajan päätyttyä kerran vuodessa",
                            "Uppgifterna raderas ur systemet en gång om året när lagringstiden har gått ut",
                            "The data is erased from the system once a year after its retention period"),
                    t("Kaksivaiheinen tunnistautuminen, lukittu arkistokaappi",
                            "Tvåstegsverifiering, låst arkivskåp", "Two-step verification, a locked archive cabinet"),
                    new RiskNote(Answer.YES, Answer.YES, LocalDate.of(2025, 6, 1),
                            t("Terveystietoja käsitellään laajasti", "Hälsouppgifter behandlas i stor omfattning",
                                    "Health data is processed at scale"))));
        }
        return new ProcessingRecord(
                new Person("EU Representative Ltd", "representative", "rep@example.eu", "+353 1 234 5678",
                        new PostalAddress("1 Main Street", "D01", "Dublin")),
                "https://flowest.fi/tietosuoja",
                t("Vastaanoton kansio", "Mottagningens pärm", "The reception folder"),
                registers);
    }

    private static LocalizedText t(String fi, String sv, String en) {
        return new LocalizedText(fi, sv, en);
    }
}
