package fi.seloste.interchange;

import fi.seloste.domain.record.ProcessingRecord;

/**
 * The record of processing as JSON, in the same canonical form as the notice's (properties in alphabetical order,
 * dates as ISO text): how the client file keeps it and how an interchange file carries it beside the notice.
 */
public final class ProcessingRecordJson {

    private ProcessingRecordJson() {
    }

    public static byte[] canonicalBytes(ProcessingRecord record) {
        return NoticeJson.mapper().writeValueAsBytes(record);
    }

    /**
     * Reads JSON written by {@link #canonicalBytes}, today or before the people's titles were written per language
     * (read as Finnish); throws Jackson's unchecked exception on malformed input.
     */
    public static ProcessingRecord read(byte[] json) {
        return NoticeJson.mapper().treeToValue(OwnerTextsFormat3.upgradeRecord(NoticeJson.mapper().readTree(json)),
                ProcessingRecord.class);
    }
}
