package fi.seloste.interchange;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fingerprint of a sign-off's record (docs/interchange.md): the SHA-256 of the compact JSON object
 * {@code {"version":…,"signedAt":…,"signer":…,"signerRole":…,"contentSha256":…,"contentFormat":…}}, in this order,
 * written as signed content is (UTF-8, no white space, the same escapes), with signedAt as
 * {@link Instant#toString()} writes it. contentSha256 covers what was approved; this covers who approved it, in
 * which role and when, which the content's fingerprint does not. The role is as the file writes it: a string in
 * formats 1 and 2, an object of the three languages in format 3. Like that one, it shows that nothing was changed
 * on the way; it is no electronic signature.
 */
final class SignOffDigest {

    private SignOffDigest() {
    }

    static String of(int version, Instant signedAt, String signer, JsonNode signerRole, String contentSha256,
                     int contentFormat) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("version", version);
        record.put("signedAt", signedAt.toString());
        record.put("signer", signer);
        record.set("signerRole", inCanonicalOrder(signerRole));
        record.put("contentSha256", contentSha256);
        record.put("contentFormat", contentFormat);
        return NoticeJson.sha256(NoticeJson.compactBytes(record));
    }

    /** A role of format 3 with its languages in the order the schema lists them, however the file ordered them. */
    private static JsonNode inCanonicalOrder(JsonNode role) {
        if (role == null || !role.isObject()) {
            return role;
        }
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        for (String language : new String[] {"fi", "sv", "en"}) {
            if (role.has(language)) {
                ordered.set(language, role.get(language));
            }
        }
        return ordered;
    }
}
