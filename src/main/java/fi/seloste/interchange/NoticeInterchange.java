package fi.seloste.interchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * The whole client file as one JSON document (docs/interchange.md, docs/schemas/notice-interchange.schema.json):
 * the notice as it is now and every signed-off version with its frozen content. Writing is deterministic
 * (properties in a fixed order, two-space indent), so export → import → export gives the same bytes. Reading checks
 * everything before it returns, so an importer never has to take in half a file.
 */
public final class NoticeInterchange {

    public static final String FORMAT_NAME = "seloste-notice";
    /** Raised whenever the document or the notice in it changes shape; a reader refuses a newer one. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectWriter PRETTY = NoticeJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT);

    private NoticeInterchange() {
    }

    /** The document, UTF-8, ending in a line break. */
    public static byte[] write(InterchangeDocument document) {
        List<SignOffEntry> signOffs = document.signedVersions().stream().map(SignOffEntry::of).toList();
        String json = PRETTY.writeValueAsString(new Envelope(FORMAT_NAME, FORMAT_VERSION, document.notice(), signOffs));
        return (json + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reads and checks a document; every problem is reported in {@code language}. */
    public static InterchangeDocument read(byte[] json, Language language) throws InterchangeException {
        InterchangeMessages messages = InterchangeMessages.in(language);
        JsonNode root = parse(json, messages);
        checkFormat(root, messages);
        List<InterchangeProblem> problems = NoticeSchema.validate(root, language);
        if (!problems.isEmpty()) {
            throw new InterchangeException(problems);
        }
        Envelope envelope = bind(root, messages);
        List<SignedVersion> versions = checkContent(envelope, messages);
        return new InterchangeDocument(envelope.notice(), versions);
    }

    private static JsonNode parse(byte[] json, InterchangeMessages messages) throws InterchangeException {
        try {
            return NoticeJson.mapper().readTree(json);
        } catch (StreamReadException e) {
            var where = e.getLocation();
            throw problem("", messages.text("notJson", where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr()));
        } catch (JacksonException e) {
            throw problem("", messages.text("notJson", 0, 0));
        }
    }

    private static void checkFormat(JsonNode root, InterchangeMessages messages) throws InterchangeException {
        if (root == null || !root.isObject() || !FORMAT_NAME.equals(root.path("format").asString(null))) {
            throw problem("format", messages.text("notSeloste", FORMAT_NAME));
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber() || version.asLong() < 1) {
            throw problem("formatVersion", messages.text("badFormatVersion"));
        }
        if (version.asLong() > FORMAT_VERSION) {
            throw problem("formatVersion", messages.text("newerFormat", version.asLong(), FORMAT_VERSION));
        }
    }

    private static Envelope bind(JsonNode root, InterchangeMessages messages) throws InterchangeException {
        try {
            return NoticeJson.mapper().treeToValue(root, Envelope.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw problem(JsonPaths.of(e.getPath()), messages.text("notAccepted", cause.getMessage()));
        }
    }

    private static List<SignedVersion> checkContent(Envelope envelope, InterchangeMessages messages)
            throws InterchangeException {
        List<InterchangeProblem> problems = new ArrayList<>();
        checkRegisterIds(envelope.notice(), "notice", problems, messages);
        List<SignedVersion> versions = new ArrayList<>();
        for (int i = 0; i < envelope.signOffs().size(); i++) {
            SignOffEntry entry = envelope.signOffs().get(i);
            String path = "signOffs[" + i + "]";
            if (entry.version() != i + 1) {
                problems.add(new InterchangeProblem(path + ".version", messages.text("versionOutOfOrder", entry.version(), i + 1)));
            }
            checkRegisterIds(entry.content(), path + ".content", problems, messages);
            if (!NoticeJson.fingerprint(entry.content()).equals(entry.contentSha256())) {
                problems.add(new InterchangeProblem(path + ".contentSha256", messages.text("fingerprintMismatch")));
            }
            if (problems.isEmpty()) {
                versions.add(new SignedVersion(
                        new SignOff(entry.version(), entry.signedAt(), entry.signer(), entry.signerRole(), entry.contentSha256()),
                        entry.content()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InterchangeException(problems);
        }
        return versions;
    }

    private static void checkRegisterIds(Notice notice, String path, List<InterchangeProblem> problems,
                                         InterchangeMessages messages) {
        Set<Long> seen = new HashSet<>();
        List<Register> registers = notice.registers();
        for (int i = 0; i < registers.size(); i++) {
            if (!seen.add(registers.get(i).id())) {
                problems.add(new InterchangeProblem(path + ".registers[" + i + "].id",
                        messages.text("duplicateRegisterId", registers.get(i).id())));
            }
        }
    }

    private static InterchangeException problem(String path, String message) {
        return new InterchangeException(List.of(new InterchangeProblem(path, message)));
    }

    /** The document as it is written, its properties in this order. */
    record Envelope(String format, int formatVersion, Notice notice, List<SignOffEntry> signOffs) {
        Envelope {
            signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
        }
    }

    record SignOffEntry(int version, Instant signedAt, String signer, String signerRole, String contentSha256,
                        Notice content) {
        static SignOffEntry of(SignedVersion signed) {
            SignOff s = signed.signOff();
            return new SignOffEntry(s.version(), s.signedAt(), s.signer(), s.signerRole(), s.contentSha256(), signed.notice());
        }
    }
}
