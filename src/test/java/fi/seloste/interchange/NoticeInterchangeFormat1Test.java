package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.SignedVersion;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Files written by Seloste before format version 2 still import, and a version signed then keeps the bytes and the
 * fingerprint it was signed with. The fixture is the previous Seloste's export of the physiotherapy seed, signed
 * off once, whose owner has since entered HubSpot's transfer to "Yhdysvallat" in the working copy (the draft is not
 * fingerprinted, so the signed version still verifies).
 */
class NoticeInterchangeFormat1Test {

    private static final String FIXTURE = "format1-physiotherapy.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theDraftComesThroughWithEveryTextTheOwnerWrote() throws Exception {
        JsonNode file = fixtureTree();
        Notice draft = NoticeInterchange.read(fixture(), Language.EN).notice();
        JsonNode imported = JSON.readTree(NoticeJson.canonicalBytes(draft));

        List<String> moved = new ArrayList<>();
        forEachString(file.get("notice"), "", (pointer, text) -> {
            String shared = sharedSectionsPointer(pointer);
            if (imported.at(shared).isString()) {
                assertThat(imported.at(shared).asString()).as(pointer).isEqualTo(text);
            } else if (imported.at(shared).isObject()) {
                assertThat(imported.at(shared + "/fi").asString()).as(pointer + ", now per language").isEqualTo(text);
                assertThat(imported.at(shared + "/sv").asString() + imported.at(shared + "/en").asString()).isEmpty();
            } else {
                moved.add(pointer);
            }
        });

        assertThat(moved).as("only the transfer moved into a list")
                .containsExactly("/registers/0/systems/0/transfer/country", "/registers/0/systems/0/transfer/safeguard");
    }

    /**
     * Where a text of the fixture's one register lives in format 3: its systems, security and cookies are the
     * business's (ADR 0021), in the same order, as the register was the only one.
     */
    private static String sharedSectionsPointer(String pointer) {
        return pointer.replaceFirst("^/registers/0/(systems|security|cookies)/", "/$1/");
    }

    @Test
    void aDraftsFalseIsNotAnAnswerAndItsTransferAndStatutoryRecipientAreReadAsForm2() throws Exception {
        Notice notice = NoticeInterchange.read(fixture(), Language.EN).notice();
        Register register = notice.registers().get(0);

        assertThat(register.automatedDecisions().decisions()).isEqualTo(Answer.NOT_ANSWERED);
        assertThat(register.automatedDecisions().profiling()).isEqualTo(Answer.NOT_ANSWERED);
        assertThat(notice.cookies().used()).isEqualTo(Answer.NOT_ANSWERED);
        assertThat(register.otherDisclosures()).isEqualTo(Answer.NOT_ANSWERED);
        assertThat(register.transfersOutsideEea()).isEqualTo(Answer.YES);
        assertThat(notice.systemsOf(register).get(0).name()).isEqualTo("Hubspot");
        assertThat(notice.systemsOf(register).get(0).transfers())
                .containsExactly(new Transfer("US", TransferSafeguard.EU_US_DATA_PRIVACY_FRAMEWORK));
        assertThat(notice.systemsOf(register).get(1).transfers()).isEmpty();
        assertThat(register.recipients()).singleElement().satisfies(kanta -> {
            assertThat(kanta.name()).isEqualTo(LocalizedText.finnish("Kanta"));
            assertThat(kanta.kind()).isEqualTo(RecipientKind.STATUTORY);
            assertThat(kanta.transfers()).isEmpty();
        });
        assertThat(register.purposes()).allSatisfy(p -> assertThat(p.directMarketing() || p.tracksBehaviour()).isFalse());
    }

    @Test
    void theSignedVersionKeepsItsBytesAndItsFingerprint() throws Exception {
        JsonNode signOff = fixtureTree().get("signOffs").get(0);
        SignedVersion signed = NoticeInterchange.read(fixture(), Language.EN).signedVersions().get(0);

        assertThat(signed.contentFormat()).isEqualTo(1);
        assertThat(signed.signOff().contentSha256()).isEqualTo(signOff.get("contentSha256").asString());
        assertThat(sha256(signed.signedJson())).isEqualTo(signOff.get("contentSha256").asString());
        assertThat(JSON.readTree(signed.signedJson())).isEqualTo(signOff.get("content"));
        assertThat(signed.signOff().signer()).isEqualTo("Liisa Virtanen");
    }

    /** Form 1 printed "no automated decisions" and "no transfers" whenever nothing was entered; the version says so. */
    @Test
    void theSignedVersionReadsAsWhatItsDocumentPrinted() throws Exception {
        Notice signed = NoticeInterchange.read(fixture(), Language.EN).signedVersions().get(0).notice();
        Register register = signed.registers().get(0);

        assertThat(register.automatedDecisions().decisions()).isEqualTo(Answer.NO);
        assertThat(register.automatedDecisions().profiling()).isEqualTo(Answer.NO);
        assertThat(register.transfersOutsideEea()).isEqualTo(Answer.NO);
        assertThat(register.otherDisclosures()).as("it had a recipient, so no 'no regular disclosures' was printed")
                .isEqualTo(Answer.NOT_ANSWERED);
        assertThat(signed.systemsOf(register)).allSatisfy(s -> assertThat(s.transfers()).isEmpty());
        assertThat(register.recipients()).singleElement()
                .satisfies(kanta -> assertThat(kanta.kind()).isEqualTo(RecipientKind.STATUTORY));
    }

    @Test
    void writingTheDocumentAgainKeepsTheSignedBytesInForm1() throws Exception {
        InterchangeDocument first = NoticeInterchange.read(fixture(), Language.EN);

        byte[] written = NoticeInterchange.write(first);
        InterchangeDocument again = NoticeInterchange.read(written, Language.EN);

        JsonNode writtenTree = JSON.readTree(written);
        assertThat(writtenTree.get("formatVersion").asInt()).isEqualTo(NoticeInterchange.FORMAT_VERSION);
        assertThat(writtenTree.get("signOffs").get(0).get("contentFormat").asInt()).isEqualTo(1);
        assertThat(writtenTree.get("signOffs").get(0).get("content"))
                .isEqualTo(fixtureTree().get("signOffs").get(0).get("content"));
        SignedVersion before = first.signedVersions().get(0);
        SignedVersion after = again.signedVersions().get(0);
        assertThat(after.signedJson()).isEqualTo(before.signedJson());
        assertThat(after.signOff()).isEqualTo(before.signOff());
        assertThat(after.contentFormat()).isEqualTo(1);
        assertThat(after.notice()).isEqualTo(before.notice());
        assertThat(again.notice()).isEqualTo(first.notice());
        assertThat(NoticeInterchange.write(again)).isEqualTo(written);
    }

    @Test
    void twoCountriesTypedInOneTransferBecomeTwoTransfersWithTheSameSafeguard() throws Exception {
        ObjectNode document = (ObjectNode) fixtureTree();
        setCountry(document.get("notice"), "Israel ja Yhdysvallat", "STANDARD_CONTRACTUAL_CLAUSES");
        ObjectNode signOff = (ObjectNode) document.get("signOffs").get(0);
        setCountry(signOff.get("content"), "Israel ja Yhdysvallat", "STANDARD_CONTRACTUAL_CLAUSES");
        refingerprint(signOff);

        InterchangeDocument read = NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN);

        List<Transfer> both = List.of(new Transfer("IL", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES),
                new Transfer("US", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES));
        assertThat(hubspot(read.notice()).transfers()).isEqualTo(both);
        SignedVersion signed = read.signedVersions().get(0);
        assertThat(hubspot(signed.notice()).transfers()).isEqualTo(both);
        assertThat(signed.notice().registers().get(0).transfersOutsideEea()).isEqualTo(Answer.YES);
        assertThat(JSON.readTree(signed.signedJson()).at("/registers/0/systems/0/transfer/country").asString())
                .as("the signed bytes keep the text as signed").isEqualTo("Israel ja Yhdysvallat");
    }

    @Test
    void aCountrySelosteCannotReadIsKeptAsTyped() throws Exception {
        ObjectNode document = (ObjectNode) fixtureTree();
        setCountry(document.get("notice"), "Aasia", "NONE");
        document.set("signOffs", JSON.createArrayNode());

        Notice read = NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN).notice();
        Register register = read.registers().get(0);

        assertThat(hubspot(read).transfers()).containsExactly(new Transfer("Aasia", TransferSafeguard.NONE));
        assertThat(register.transfersOutsideEea()).isEqualTo(Answer.YES);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static SystemUse hubspot(Notice notice) {
        assertThat(notice.systems().get(0).name()).isEqualTo("Hubspot");
        return notice.systems().get(0);
    }

    /** Puts a form-1 transfer on the register's first system (HubSpot), keeping the properties' order. */
    private static void setCountry(JsonNode notice, String country, String safeguard) {
        ObjectNode system = (ObjectNode) notice.at("/registers/0/systems/0");
        ObjectNode transfer = JSON.createObjectNode();
        transfer.put("country", country);
        transfer.put("safeguard", safeguard);
        system.set("transfer", transfer);
    }

    /** The fingerprint of content changed by hand: form 1's compact form in the order the file has, which is form 1's. */
    private static void refingerprint(ObjectNode signOff) {
        signOff.put("contentSha256", sha256(JSON.writeValueAsString(signOff.get("content"))));
    }

    private interface StringVisitor {
        void visit(String pointer, String text);
    }

    private static void forEachString(JsonNode node, String pointer, StringVisitor visitor) {
        if (node.isString()) {
            visitor.visit(pointer, node.asString());
        } else if (node.isObject()) {
            node.propertyNames().forEach(name -> forEachString(node.get(name), pointer + "/" + name, visitor));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                forEachString(array.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    private static String sha256(String text) {
        return NoticeSchemaTest.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode fixtureTree() throws IOException {
        return JSON.readTree(fixture());
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                NoticeInterchangeFormat1Test.class.getResourceAsStream(FIXTURE), FIXTURE)) {
            return in.readAllBytes();
        }
    }
}
