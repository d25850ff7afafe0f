package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import fi.seloste.domain.Language;
import fi.seloste.domain.SignOff;
import fi.seloste.testing.InterchangeFiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a sign-off records besides its content (issue 17, point 11: signer, role and time were covered by no
 * checksum): recordSha256 is written with every sign-off, checked when a file has it, and a file without it still
 * reads. And what the reader takes in it keeps exactly (point 12: nine digits of a second).
 */
class SignOffRecordTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everySignOffIsWrittenWithTheFingerprintOfItsRecord() {
        JsonNode signOff = JSON.readTree(InterchangeFiles.signedSeed()).get("signOffs").get(0);
        String record = "{\"version\":1,\"signedAt\":\"2026-11-22T10:15:30Z\",\"signer\":\"Veera Westerholm\","
                + "\"signerRole\":{\"fi\":\"yrittäjä\",\"sv\":\"\",\"en\":\"\"},\"contentSha256\":\""
                + signOff.get("contentSha256").asString() + "\",\"contentFormat\":" + NoticeJson.FORMAT + "}";

        assertThat(signOff.get("recordSha256").asString())
                .isEqualTo(NoticeSchemaTest.sha256(record.getBytes(StandardCharsets.UTF_8)));
        assertThat(fieldNames(signOff)).containsExactly("version", "signedAt", "signer", "signerRole", "contentSha256",
                "contentFormat", "recordSha256", "content");
    }

    /** The content is unchanged, so contentSha256 still holds; only the record's own fingerprint catches these. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "another signer | signer | \"Mallory\"",
            "another role | signerRole | {\"fi\":\"\",\"sv\":\"\",\"en\":\"\"}",
            "another time | signedAt | \"2026-11-23T10:15:30Z\"",
            "another form | contentFormat | 1"})
    void aSignOffWhoseRecordWasChangedIsRefused(String change, String property, String value) {
        ObjectNode document = (ObjectNode) JSON.readTree(InterchangeFiles.signedSeed());
        ((ObjectNode) document.get("signOffs").get(0)).set(property, JSON.readTree(value));

        assertThatThrownBy(() -> NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN))
                .isInstanceOfSatisfying(InterchangeException.class, e -> assertThat(e.problems()).contains(
                        new InterchangeProblem("signOffs[0].recordSha256", "the sign-off record (signer, role, time,"
                                + " version or content form) does not match its SHA-256 fingerprint, so it has been"
                                + " changed or damaged since it was written")));
    }

    @Test
    void aFileWithoutRecordFingerprintsStillReads() throws InterchangeException {
        ObjectNode document = (ObjectNode) JSON.readTree(InterchangeFiles.signedSeed());
        ((ObjectNode) document.get("signOffs").get(0)).remove("recordSha256");

        InterchangeDocument read = NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN);

        assertThat(read.signedVersions()).singleElement().satisfies(version -> assertThat(version.signOff())
                .isEqualTo(InterchangeFiles.document().signedVersions().get(0).signOff()));
    }

    @Test
    void aSignOffTimeKeepsAllNineDigits() throws InterchangeException {
        Instant nanos = Instant.parse("2026-11-22T10:15:30.123456789Z");
        byte[] file = InterchangeFiles.signedSeed(nanos).getBytes(StandardCharsets.UTF_8);

        SignOff signOff = NoticeInterchange.read(file, Language.EN).signedVersions().get(0).signOff();

        assertThat(signOff.signedAt()).isEqualTo(nanos);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"signedAt\" : \"2026-11-22T10:15:30.123456789Z\"");
    }

    private static java.util.List<String> fieldNames(JsonNode object) {
        return object.propertyNames().stream().toList();
    }
}
