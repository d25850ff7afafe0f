package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SignedVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A version signed in form 2, where each register had its own systems, security and cookies, still reads and
 * verifies in format 3 (docs/decisions/0021): its bytes and fingerprints are never rewritten, and it reads as the
 * business's sections, merged as the client file's upgrade merges them. The fixture is the physiotherapy export of
 * format version 2, whose signed content is given a second register with the same systems and one security measure
 * fewer, fingerprinted as form 2 fingerprints it.
 */
class NoticeInterchangeFormat2Test {

    private static final String FIXTURE = "/fi/seloste/store/format6-physiotherapy.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSignedVersionKeepsItsForm2BytesAndItsFingerprints() throws Exception {
        ObjectNode document = twoRegistersSigned();
        JsonNode signOff = document.get("signOffs").get(0);

        SignedVersion signed = NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN)
                .signedVersions().get(0);

        assertThat(signed.contentFormat()).isEqualTo(2);
        assertThat(signed.signOff().contentSha256()).isEqualTo(signOff.get("contentSha256").asString());
        assertThat(sha256(signed.signedJson())).isEqualTo(signOff.get("contentSha256").asString());
        assertThat(signed.signedJson()).isEqualTo(JSON.writeValueAsString(signOff.get("content")));
    }

    @Test
    void theSignedVersionReadsWithTheBusinesssSectionsOnce() throws Exception {
        ObjectNode document = twoRegistersSigned();
        JsonNode firstRegister = document.at("/signOffs/0/content/registers/0");

        Notice signed = NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN)
                .signedVersions().get(0).notice();

        assertThat(signed.registers()).hasSize(2);
        assertThat(signed.systems()).as("the same systems in both registers are one system each")
                .hasSize(firstRegister.get("systems").size());
        for (Register register : signed.registers()) {
            assertThat(signed.systemsOf(register)).containsExactlyElementsOf(signed.systems());
        }
        EnumSet<SecurityMeasure> firstMeasures = EnumSet.noneOf(SecurityMeasure.class);
        firstRegister.at("/security/measures").forEach(m -> firstMeasures.add(SecurityMeasure.valueOf(m.asString())));
        assertThat(signed.security().measures()).as("the union of the registers' measures")
                .containsExactlyInAnyOrderElementsOf(firstMeasures);
    }

    @Test
    void writingTheDocumentAgainKeepsTheSignedBytesInForm2() throws Exception {
        ObjectNode document = twoRegistersSigned();
        InterchangeDocument first = NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN);

        byte[] written = NoticeInterchange.write(first);
        InterchangeDocument again = NoticeInterchange.read(written, Language.EN);

        JsonNode writtenTree = JSON.readTree(written);
        assertThat(writtenTree.get("formatVersion").asInt()).isEqualTo(NoticeInterchange.FORMAT_VERSION);
        assertThat(writtenTree.at("/signOffs/0/contentFormat").asInt()).isEqualTo(2);
        assertThat(writtenTree.at("/signOffs/0/content"))
                .isEqualTo(JSON.readTree(JSON.writeValueAsString(document.at("/signOffs/0/content"))));
        // The role is written per language since format 3, so the record's own fingerprint is taken over that form;
        // reading the written file again (below) checks it.
        assertThat(writtenTree.at("/signOffs/0/signerRole/fi").asString()).isEqualTo(document.at("/signOffs/0/signerRole").asString());
        assertThat(writtenTree.at("/signOffs/0/recordSha256").asString()).hasSize(64);
        SignedVersion before = first.signedVersions().get(0);
        SignedVersion after = again.signedVersions().get(0);
        assertThat(after.signedJson()).isEqualTo(before.signedJson());
        assertThat(after.signOff()).isEqualTo(before.signOff());
        assertThat(after.notice()).isEqualTo(before.notice());
        assertThat(NoticeInterchange.write(again)).isEqualTo(written);
    }

    /**
     * The fixture with a second register in its signed content: a copy of the first with another id and name and
     * without its last security measure, fingerprinted (content and record) as form 2 does.
     */
    private static ObjectNode twoRegistersSigned() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(fixture());
        ObjectNode signOff = (ObjectNode) document.get("signOffs").get(0);
        assertThat(signOff.get("contentFormat").asInt()).isEqualTo(2);
        ArrayNode registers = (ArrayNode) signOff.at("/content/registers");
        ObjectNode second = (ObjectNode) registers.get(0).deepCopy();
        second.put("id", registers.get(0).get("id").asLong() + 1);
        ((ObjectNode) second.get("name")).put("fi", "Ryhmäliikunta").put("sv", "Gruppträning").put("en", "Group classes");
        ArrayNode measures = (ArrayNode) second.at("/security/measures");
        measures.remove(measures.size() - 1);
        registers.add(second);

        String content = JSON.writeValueAsString(signOff.get("content"));
        signOff.put("contentSha256", sha256(content));
        String record = "{\"version\":" + signOff.get("version").asInt()
                + ",\"signedAt\":" + JSON.writeValueAsString(signOff.get("signedAt"))
                + ",\"signer\":" + JSON.writeValueAsString(signOff.get("signer"))
                + ",\"signerRole\":" + JSON.writeValueAsString(signOff.get("signerRole"))
                + ",\"contentSha256\":\"" + signOff.get("contentSha256").asString() + "\",\"contentFormat\":2}";
        signOff.put("recordSha256", sha256(record));
        return document;
    }

    private static String sha256(String text) {
        return NoticeSchemaTest.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                NoticeInterchangeFormat2Test.class.getResourceAsStream(FIXTURE), FIXTURE)) {
            return in.readAllBytes();
        }
    }
}
