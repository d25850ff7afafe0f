package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Country;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.TransferSafeguard;

class SystemsCatalogueTest {

    private static final List<String> REQUIRED_IDS = List.of("hubspot", "holvi", "vello", "roundcube-webmail", "ajas",
            "upcloud", "google-analytics", "kanta", "google-workspace", "microsoft-365", "mailchimp", "visma-netvisor",
            "procountor", "shopify", "woocommerce", "paytrail", "stripe", "meta-pixel", "zoom", "timma");

    private final List<CatalogueSystem> systems = Catalogues.systems();
    private final Map<String, CatalogueSystem> byId = systems.stream()
            .collect(Collectors.toMap(CatalogueSystem::id, Function.identity()));

    @Test
    void holdsAtLeastFortySystems() {
        assertThat(systems).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void holdsTheSystemsTheSeedNoticesAndOwnersName() {
        assertThat(byId).containsKeys(REQUIRED_IDS.toArray(String[]::new));
        assertThat(byId.get("roundcube-webmail").name()).isEqualTo("Roundcube webmail");
        assertThat(byId.get("visma-netvisor").name()).isEqualTo("Visma Netvisor");
    }

    @Test
    void idsAreUniqueAndKebabCase() {
        assertThat(systems).extracting(CatalogueSystem::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void privacyLinksAreHttps() {
        assertThat(systems).extracting(CatalogueSystem::privacyUrl).allMatch(url -> url.startsWith("https://"));
    }

    @Test
    void kantaIsTheHealthRecordsArchiveNotAProcessorNorARecipient() {
        CatalogueSystem kanta = byId.get("kanta");

        assertThat(kanta.role()).isEqualTo(ProcessingRole.HEALTH_RECORDS_ARCHIVE);
        assertThat(kanta.statutory()).isFalse();
        assertThat(kanta.category()).isEqualTo(SystemCategory.STATUTORY);
        assertThat(kanta.transfers()).isEmpty();
        assertThat(kanta.roleNote().fi()).contains("Rekisterinpitäjänä pysyy");
    }

    @Test
    void onlyRecipientsAreStatutory() {
        assertThat(systems).filteredOn(CatalogueSystem::statutory)
                .extracting(CatalogueSystem::role).containsOnly(ProcessingRole.RECIPIENT);
    }

    @Test
    void everyTransferNamesACountryAndASafeguard() {
        assertThat(systems).filteredOn(system -> !system.transfers().isEmpty()).isNotEmpty()
                .allSatisfy(system -> assertThat(system.transfers()).allSatisfy(t -> {
                    assertThat(Country.isCode(t.country())).as(system.id() + " " + t.country()).isTrue();
                    assertThat(t.safeguard()).as(system.id()).isNotEqualTo(TransferSafeguard.NONE);
                }));
    }

    @Test
    void aSystemThatTransfersToSeveralCountriesGivesEachItsOwnSafeguard() {
        assertThat(byId.get("wix").transfers()).containsExactly(
                new Transfer("IL", TransferSafeguard.ADEQUACY_DECISION),
                new Transfer("US", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES));
        assertThat(byId.get("shopify").transfers()).extracting(Transfer::country).containsExactly("CA", "US");
    }

    @Test
    void dataPrivacyFrameworkTransfersExplainTheSafeguardsTheyRestOn() {
        assertThat(systems)
                .filteredOn(system -> system.transfers().stream()
                        .anyMatch(t -> t.safeguard() == TransferSafeguard.EU_US_DATA_PRIVACY_FRAMEWORK))
                .allSatisfy(system -> assertThat(system.safeguardNote()).as(system.id()).isNotNull());
    }

    @Test
    void selfHostedSoftwareAsksForTheHostingProvider() {
        assertThat(systems).filteredOn(CatalogueSystem::needsHostingProvider)
                .extracting(CatalogueSystem::id).contains("roundcube-webmail", "woocommerce", "matomo");
        assertThat(systems).filteredOn(CatalogueSystem::needsHostingProvider)
                .allSatisfy(system -> assertThat(system.roleNote()).as(system.id()).isNotNull());
    }

    @Test
    void jointControllerTagsExplainTheirRole() {
        assertThat(byId.get("meta-pixel").role()).isEqualTo(ProcessingRole.JOINT_CONTROLLER);
        assertThat(byId.get("meta-pixel").roleNote().en()).contains("joint controllers");
        assertThat(byId.get("google-analytics").roleNote()).isNotNull();
    }

    @Test
    void becomesASystemUseLinkedToTheCatalogue() {
        CatalogueSystem holvi = byId.get("holvi");

        SystemUse use = holvi.toSystemUse();

        assertThat(use.catalogId()).isEqualTo("holvi");
        assertThat(use.vendor()).isEqualTo("Holvi Payment Services Oy");
        assertThat(use.role()).isEqualTo(holvi.role());
        assertThat(use.usedFor()).isEqualTo(holvi.usedFor());
        assertThat(use.privacyUrl()).isEqualTo(holvi.privacyUrl());
        assertThat(use.factsCheckedOn()).isEqualTo(holvi.factsCheckedOn());
    }

    @Test
    void theIncomesRegisterBecomesAStatutoryRecipient() {
        Recipient recipient = byId.get("tulorekisteri").toRecipient();

        assertThat(recipient.kind()).isEqualTo(RecipientKind.STATUTORY);
        assertThat(recipient.name()).isEqualTo(new LocalizedText("Tulorekisteri", "Inkomstregistret", "Incomes Register"));
        assertThat(recipient.transfers()).isEmpty();
    }

    @Test
    void isLoadedOnce() {
        assertThat(Catalogues.systems()).isSameAs(Catalogues.systems());
    }
}
