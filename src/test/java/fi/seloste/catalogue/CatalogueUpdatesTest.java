package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

/** Newer catalogue facts reach a system that took older ones, and only what differs is offered (issue 12, point 4). */
class CatalogueUpdatesTest {

    private static final LocalDate OLD = LocalDate.of(2026, 11, 22);
    private static final LocalDate NEW = LocalDate.of(2026, 12, 2);
    private static final List<Transfer> US_ON_SCC = List.of(new Transfer("US", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES));
    private static final LocalizedText USED_FOR = new LocalizedText("Laskulla maksaminen", "Betalning mot faktura", "Paying by invoice");

    /** Klarna as the catalogue of 2026-11-22 had it: data kept in the EU/EEA, no transfers. */
    private static final SystemUse TAKEN_IN_NOVEMBER = new SystemUse("klarna", "Klarna", "Klarna Bank AB (publ)", USED_FOR,
            ProcessingRole.SEPARATE_CONTROLLER, LocalizedText.finnish("EU/ETA"), List.of(), "https://www.klarna.com/fi/tietosuoja/", OLD);

    @Test
    void aSystemWithOlderFactsIsOfferedWhatChangedAndApplyingTakesThem() {
        CatalogueSystem klarna = klarna(NEW, List.of(), null);

        FactsUpdate update = CatalogueUpdates.of(TAKEN_IN_NOVEMBER, klarna).orElseThrow();

        assertThat(update.changed()).containsExactlyInAnyOrder(CatalogueFact.STORAGE, CatalogueFact.TRANSFERS);
        assertThat(update.checkedOn()).isEqualTo(NEW);
        SystemUse applied = update.applied();
        assertThat(applied.transfers()).isEqualTo(US_ON_SCC);
        assertThat(applied.storageLocation()).isEqualTo(new LocalizedText("EU/ETA ja Yhdysvallat", "EU/EES och USA", "EU/EEA and the United States"));
        assertThat(applied.factsCheckedOn()).isEqualTo(NEW);
        assertThat(applied.name()).isEqualTo("Klarna");
        assertThat(applied.usedFor()).isEqualTo(USED_FOR);
        assertThat(CatalogueUpdates.of(applied, klarna)).isEmpty();
    }

    @Test
    void keepingHerOwnFactsChangesNothingButTheDateSoTheSameFactsAreNotOfferedAgain() {
        CatalogueSystem klarna = klarna(NEW, List.of(), null);

        SystemUse kept = CatalogueUpdates.of(TAKEN_IN_NOVEMBER, klarna).orElseThrow().kept();

        assertThat(kept).isEqualTo(TAKEN_IN_NOVEMBER.withFactsCheckedOn(NEW));
        assertThat(CatalogueUpdates.of(kept, klarna)).isEmpty();
        assertThat(CatalogueUpdates.of(kept, klarna(NEW.plusDays(30), List.of(), null))).isPresent();
    }

    @Test
    void whatTheOwnerChangedIsNotOfferedWhileTheCatalogueHasNoNewerFacts() {
        SystemUse edited = TAKEN_IN_NOVEMBER.withStorageLocation(LocalizedText.finnish("Ruotsi")).withFactsCheckedOn(NEW);

        assertThat(CatalogueUpdates.of(edited, klarna(NEW, List.of(), null))).isEmpty();
    }

    @Test
    void aSystemWithoutADateIsComparedWithTheCatalogue() {
        assertThat(CatalogueUpdates.of(TAKEN_IN_NOVEMBER.withFactsCheckedOn(null), klarna(NEW, List.of(), null))).isPresent();
    }

    @Test
    void newerFactsThatSayWhatTheSystemSaysAlreadyAreNotOffered() {
        SystemUse same = TAKEN_IN_NOVEMBER.withStorageLocation(LocalizedText.finnish("EU/ETA ja Yhdysvallat")).withTransfers(US_ON_SCC);

        assertThat(CatalogueUpdates.of(same, klarna(NEW, List.of(), null))).isEmpty();
    }

    @Test
    void aRoleTheCatalogueNamesForAnotherPlanIsTheOwnersChoice() {
        OtherRole forPayments = new OtherRole(ProcessingRole.PROCESSOR, new LocalizedText("Kauppiaan palvelut", "Handlarens tjänster", "Merchant services"));
        SystemUse processor = TAKEN_IN_NOVEMBER.withRole(ProcessingRole.PROCESSOR);

        FactsUpdate update = CatalogueUpdates.of(processor, klarna(NEW, List.of(forPayments), null)).orElseThrow();

        assertThat(update.changed()).doesNotContain(CatalogueFact.ROLE);
        assertThat(update.applied().role()).isEqualTo(ProcessingRole.PROCESSOR);
        assertThat(CatalogueUpdates.of(processor, klarna(NEW, List.of(), null)).orElseThrow().changed()).contains(CatalogueFact.ROLE);
    }

    @Test
    void anOwnerInTheEuDataRegionIsOfferedTheRegionsFactsNotTheDefaultOnes() {
        EuDataRegion eu = new EuDataRegion(new LocalizedText("Yritystilit", "Företagskonton", "Business accounts"),
                new LocalizedText("EU (Irlanti)", "EU (Irland)", "EU (Ireland)"), List.of());
        SystemUse inRegion = TAKEN_IN_NOVEMBER.withStorageLocation(LocalizedText.finnish("EU (Irlanti)")).withTransfers(List.of());

        assertThat(CatalogueUpdates.of(inRegion, klarna(NEW, List.of(), eu))).isEmpty();
    }

    @Test
    void theHostThatTheOwnerNamedIsKeptForSoftwareRunOnHerServer() {
        CatalogueSystem roundcube = entry("roundcube-webmail", "Roundcube Foundation", true, ProcessingRole.PROCESSOR,
                NEW, List.of(), null, List.of());
        SystemUse hosted = new SystemUse("roundcube-webmail", "Roundcube", "Planeetta Internet Oy", USED_FOR,
                ProcessingRole.PROCESSOR, LocalizedText.finnish("Suomi"), List.of(), "https://roundcube.net/privacy", OLD);

        FactsUpdate update = CatalogueUpdates.of(hosted, roundcube).orElseThrow();

        assertThat(update.changed()).doesNotContain(CatalogueFact.VENDOR);
        assertThat(update.applied().vendor()).isEqualTo("Planeetta Internet Oy");
    }

    private static CatalogueSystem klarna(LocalDate checkedOn, List<OtherRole> otherRoles, EuDataRegion eu) {
        return entry("klarna", "Klarna Bank AB (publ)", false, ProcessingRole.SEPARATE_CONTROLLER, checkedOn, US_ON_SCC, eu, otherRoles);
    }

    private static CatalogueSystem entry(String id, String vendor, boolean hosted, ProcessingRole role, LocalDate checkedOn,
                                         List<Transfer> transfers, EuDataRegion eu, List<OtherRole> otherRoles) {
        LocalizedText storage = transfers.isEmpty() ? new LocalizedText("Suomi", "Finland", "Finland")
                : new LocalizedText("EU/ETA ja Yhdysvallat", "EU/EES och USA", "EU/EEA and the United States");
        String url = "https://www.klarna.com/fi/tietosuoja/";
        return new CatalogueSystem(id, "Klarna", null, vendor, null, SystemCategory.PAYMENTS, USED_FOR, role, otherRoles,
                false, hosted, storage, transfers, eu, null, null, url, null, checkedOn,
                List.of(new CatalogueSource(url, "test")), Set.of());
    }
}
