package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Answer;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.SignedVersion;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.interchange.NoticeJson;

/**
 * A client file as Seloste wrote it before 2026-12 (format 4, made with commit 1d858d3: the physiotherapy seed and a
 * patient register with every list filled, signed off once) opens in today's Seloste: a copy is kept, nothing typed
 * is lost, defaults become "not answered", and the signed version keeps its bytes and its fingerprint.
 */
class UpgradeFromFormat4Test {

    /** The fingerprint version 1 got when it was signed with the old Seloste. */
    private static final String SIGNED_SHA256 = "a23f1c88b35ce4c19ecdb5b0d6bfe77703da390249d9f632131348ea1483ee1b";

    @TempDir
    Path folder;

    private Path file;
    private byte[] original;

    @BeforeEach
    void copyTheOldFile() throws Exception {
        file = folder.resolve("Flowest" + ClientFileName.EXTENSION);
        try (InputStream in = getClass().getResourceAsStream("format4-physiotherapy.seloste.mv.db")) {
            Files.write(file, in.readAllBytes());
        }
        original = Files.readAllBytes(file);
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(4);
    }

    @Test
    void theUpgradeKeepsACopyOfTheFileAsItWas() throws Exception {
        try (ClientFile upgraded = ClientFiles.open(file)) {
            assertThat(upgraded.load().registers()).hasSize(2);
        }
        assertThat(ClientFileInspector.formatVersion(file)).isEqualTo(SchemaVersion.LATEST);
        try (var files = Files.list(folder)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().contains(".format4-")).toList();
            assertThat(backups).hasSize(1);
            assertThat(Files.readAllBytes(backups.get(0))).isEqualTo(original);
        }
    }

    @Test
    void oldDefaultsBecomeNotAnsweredAndTickedBoxesBecomeYes() throws Exception {
        Notice notice = load();
        Register seed = notice.registers().get(0);
        Register patients = notice.registers().get(1);

        assertThat(seed.automatedDecisions().decisions()).isEqualTo(Answer.NOT_ANSWERED);
        assertThat(seed.automatedDecisions().profiling()).isEqualTo(Answer.NOT_ANSWERED);
        assertThat(seed.transfersOutsideEea()).isEqualTo(Answer.NOT_ANSWERED);
        assertThat(seed.otherDisclosures()).isEqualTo(Answer.NOT_ANSWERED);

        assertThat(patients.automatedDecisions().decisions()).isEqualTo(Answer.YES);
        assertThat(patients.automatedDecisions().profiling()).isEqualTo(Answer.YES);
        assertThat(patients.automatedDecisions().logic().fi()).isEqualTo("Pisteytys");
        assertThat(notice.cookies().used()).as("the website's, which one register said uses cookies").isEqualTo(Answer.YES);
        assertThat(notice.cookies().consent()).isEqualTo(CookieConsent.NOT_STATED);
        assertThat(notice.cookies().description().fi()).isEqualTo("Ajanvarausjärjestelmä käyttää evästeitä");
        assertThat(patients.transfersOutsideEea()).as("the owner entered transfers").isEqualTo(Answer.YES);
        assertThat(patients.otherDisclosures()).isEqualTo(Answer.NOT_ANSWERED);
        assertThat(patients.purposes()).noneMatch(p -> p.directMarketing() || p.tracksBehaviour());
    }

    @Test
    void transfersBecomeCountryCodesAndRecipientsKeepWhetherTheLawRequiresThem() throws Exception {
        Notice notice = load();
        Register patients = notice.registers().get(1);

        assertThat(notice.systemsOf(patients)).extracting(SystemUse::name, SystemUse::role, SystemUse::transfers).containsExactly(
                tuple("Vello", ProcessingRole.PROCESSOR, List.of()),
                tuple("HubSpot", ProcessingRole.PROCESSOR,
                        List.of(new Transfer("US", TransferSafeguard.EU_US_DATA_PRIVACY_FRAMEWORK))));
        assertThat(patients.recipients()).extracting(r -> r.name().fi(), Recipient::kind, Recipient::transfers).containsExactly(
                tuple("Kanta", RecipientKind.STATUTORY, List.of()),
                tuple("Kirjanpitäjä UK Ltd", RecipientKind.REGULAR,
                        List.of(new Transfer("GB", TransferSafeguard.ADEQUACY_DECISION))));
        assertThat(notice.systemsOf(patients).get(1).storageLocation()).isEqualTo(LocalizedText.finnish("EU ja Yhdysvallat"));
    }

    @Test
    void everyTextTheOwnerTypedComesThrough() throws Exception {
        Notice notice = load();
        Register seed = notice.registers().get(0);

        assertThat(notice.controller().name()).isEqualTo("Flowest");
        assertThat(notice.controller().businessId()).isEqualTo("3015969-6");
        assertThat(seed.purposes()).isNotEmpty().allSatisfy(p -> assertThat(p.description().fi()).isNotBlank());
        assertThat(notice.systemsOf(seed)).extracting(SystemUse::name).contains("Hubspot", "Holvi", "Vello");
        assertThat(seed.retention()).hasSize(2);
        assertThat(notice.security().paperText().fi()).contains("lukitussa kaapissa");
        assertThat(notice.settings().drawnUp()).isNull();
        assertThat(notice.settings().lastUpdated()).isNull();
    }

    @Test
    void theVersionSignedBeforeTheUpgradeKeepsItsBytesAndFingerprint() throws Exception {
        SignedVersion signed;
        try (ClientFile upgraded = ClientFiles.open(file)) {
            signed = upgraded.signedVersion(1).orElseThrow();
        }

        assertThat(signed.signOff().contentSha256()).isEqualTo(SIGNED_SHA256);
        assertThat(signed.contentFormat()).isEqualTo(1);
        assertThat(NoticeJson.sha256(signed.signedJson().getBytes(StandardCharsets.UTF_8))).isEqualTo(SIGNED_SHA256);
        assertThat(signed.signedJson()).contains("\"statutory\":true").doesNotContain("transfersOutsideEea");
        Register patients = signed.notice().registers().get(1);
        assertThat(patients.automatedDecisions().decisions()).isEqualTo(Answer.YES);
        Register seed = signed.notice().registers().get(0);
        assertThat(seed.automatedDecisions().decisions())
                .as("the signed document said there were no automated decisions").isEqualTo(Answer.NO);
        assertThat(seed.transfersOutsideEea()).as("the signed document said there were no transfers").isEqualTo(Answer.NO);
    }

    @Test
    void aNewSignOffAfterTheUpgradeIsOfTheNewFormAndKeepsItsDocuments() throws Exception {
        try (ClientFile upgraded = ClientFiles.open(file)) {
            var documents = List.of(new fi.seloste.domain.ArchivedDocument(fi.seloste.domain.Language.FI,
                    fi.seloste.domain.ArchivedDocument.Kind.PDF, new byte[] {1, 2, 3}));
            var signOff = upgraded.signOff("Veera Westerholm", LocalizedText.EMPTY, java.time.Instant.parse("2026-12-02T10:00:00Z"),
                    signed -> documents);
            SignedVersion second = upgraded.signedVersion(signOff.version()).orElseThrow();

            assertThat(signOff.version()).isEqualTo(2);
            assertThat(second.contentFormat()).isEqualTo(NoticeJson.FORMAT);
            assertThat(second.notice()).isEqualTo(upgraded.load());
            assertThat(upgraded.archivedDocument(2, fi.seloste.domain.Language.FI, fi.seloste.domain.ArchivedDocument.Kind.PDF))
                    .hasValueSatisfying(d -> assertThat(d.content()).containsExactly(1, 2, 3));
            assertThat(upgraded.archivedDocument(1, fi.seloste.domain.Language.FI, fi.seloste.domain.ArchivedDocument.Kind.PDF))
                    .isEmpty();
            assertThat(upgraded.signedVersion(1).orElseThrow().signOff().contentSha256()).isEqualTo(SIGNED_SHA256);
        }
    }

    private Notice load() throws Exception {
        try (ClientFile upgraded = ClientFiles.open(file)) {
            return upgraded.load();
        }
    }
}
