package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.seloste.domain.Language;
import fi.seloste.domain.Transfer;
import fi.seloste.testing.InterchangeFiles;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A country the schema accepts is kept exactly as the file has it (issue 17, probe 7): Java's strip() also removes
 * U+001C to U+001F, which JSON Schema does not count as white space, so a schema-valid country lost its ends on
 * import without a word. Codes are not affected: the wizard picks them from a list.
 */
class TransferCountryKeptTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"\u001cUS", "US\u001f", "\u001eYhdysvallat\u001d", "N\u007f\u001f"})
    void aCountryWithControlCharactersAtItsEndsIsReadExactly(String country) throws InterchangeException {
        ObjectNode document = (ObjectNode) JSON.readTree(InterchangeFiles.signedSeed());
        ObjectNode transfer = ((ObjectNode) document.get("notice").get("systems").get(0))
                .putArray("transfers").addObject();
        transfer.put("country", country);
        transfer.put("safeguard", "STANDARD_CONTRACTUAL_CLAUSES");

        InterchangeDocument read = NoticeInterchange.read(JSON.writeValueAsBytes(document), Language.EN);

        assertThat(read.notice().systems().get(0).transfers())
                .extracting(Transfer::country).containsExactly(country);
    }
}
