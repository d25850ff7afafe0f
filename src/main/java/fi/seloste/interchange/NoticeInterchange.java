package fi.seloste.interchange;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.AgreementsAfterSharing;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.NoticeLimits;
import fi.seloste.domain.Register;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ObjectNode;
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
    public static final int FORMAT_VERSION = 4;
    /**
     * The reader stops looking after this many problems: a file with a million wrong items costs no more than one
     * with a thousand ({@link InterchangeException#stoppedEarly()}).
     */
    public static final int MAX_PROBLEMS = 1_000;

    private static final ObjectWriter PRETTY = NoticeJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT);

    private NoticeInterchange() {
    }

    /** The document, UTF-8, ending in a line break. */
    public static byte[] write(InterchangeDocument document) {
        List<SignOffEntry> signOffs = document.signedVersions().stream().map(SignOffEntry::of).toList();
        JsonNode notice = NoticeJson.mapper().valueToTree(document.notice());
        ProcessingRecord kept = document.record().forRegisters(document.notice());
        JsonNode record = kept.equals(ProcessingRecord.EMPTY) ? null : NoticeJson.mapper().valueToTree(kept);
        String json = PRETTY.writeValueAsString(new Envelope(FORMAT_NAME, FORMAT_VERSION, notice, signOffs, record));
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads and checks a document; every problem is reported in {@code language}. The work is bounded before the
     * schema is checked: the bytes must be characters and the JSON strict ({@link StrictJson}), lists no longer
     * than the schema allows ({@link OversizedLists}), and the schema check stops at {@link #MAX_PROBLEMS}.
     */
    public static InterchangeDocument read(byte[] json, Language language) throws InterchangeException {
        InterchangeMessages messages = InterchangeMessages.in(language);
        JsonNode root = StrictJson.parse(json, messages);
        int formatVersion = checkFormat(root, messages);
        List<InterchangeProblem> oversized = OversizedLists.find(root, formatVersion, messages);
        if (!oversized.isEmpty()) {
            throw new InterchangeException(oversized, oversized.size() >= MAX_PROBLEMS);
        }
        NoticeSchema.Result checked = NoticeSchema.validate(root, formatVersion, language);
        if (!checked.problems().isEmpty() || checked.stoppedEarly()) {
            throw new InterchangeException(checked.problems(), checked.stoppedEarly());
        }
        Envelope envelope = bind(root, formatVersion, messages);
        Map<Long, List<String>> keysBefore = formatVersion <= 3 && envelope.record() != null
                ? SharedSectionsFormat4.keysBefore(NoticeJson.toForm3(envelope.notice().deepCopy(), formatVersion, false))
                : Map.of();
        Notice notice = bindNotice(NoticeJson.upgradeDraft(envelope.notice(), formatVersion), "notice", messages);
        List<SignedVersion> versions = checkContent(envelope, notice, formatVersion, messages);
        ProcessingRecord record = envelope.record() == null ? ProcessingRecord.EMPTY
                : bindRecord(formatVersion < 3 ? OwnerTextsFormat3.upgradeRecord(envelope.record()) : envelope.record(), messages);
        // An older file's agreements are by the place of a system among the register's own systems.
        record = keysBefore.isEmpty() ? record : AgreementsAfterSharing.follow(record, notice, keysBefore);
        RecordReferences.check(record, notice, messages);
        return new InterchangeDocument(notice, versions, record);
    }

    private static int checkFormat(JsonNode root, InterchangeMessages messages) throws InterchangeException {
        if (root == null || !root.isObject() || !FORMAT_NAME.equals(root.path("format").asString(null))) {
            throw problem("format", messages.text("notSeloste", FORMAT_NAME));
        }
        JsonNode version = root.path("formatVersion");
        // Any whole number: 99999999999999999999999999 is a (far) newer format, not a number too big to read.
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() < 1) {
            throw problem("formatVersion", messages.text("badFormatVersion"));
        }
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(FORMAT_VERSION)) > 0) {
            throw problem("formatVersion", messages.text("newerFormat", version.bigIntegerValue(), FORMAT_VERSION));
        }
        return version.intValue();
    }

    private static Envelope bind(JsonNode root, int formatVersion, InterchangeMessages messages) throws InterchangeException {
        try {
            JsonNode document = root;
            if (formatVersion == 1) {
                document = root.deepCopy();
                document.path("signOffs").forEach(entry -> ((ObjectNode) entry).put("contentFormat", 1));
            }
            return NoticeJson.mapper().treeToValue(document, Envelope.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw problem(JsonPaths.of(e.getPath()), messages.text("notAccepted", cause.getMessage()));
        }
    }

    private static Notice bindNotice(JsonNode tree, String path, InterchangeMessages messages) throws InterchangeException {
        try {
            return NoticeJson.mapper().treeToValue(tree, Notice.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String where = JsonPaths.of(e.getPath());
            throw problem(where.isEmpty() ? path : path + "." + where, messages.text("notAccepted", cause.getMessage()));
        }
    }

    private static ProcessingRecord bindRecord(JsonNode tree, InterchangeMessages messages) throws InterchangeException {
        try {
            return NoticeJson.mapper().treeToValue(tree, ProcessingRecord.class);
        } catch (JacksonException | IllegalArgumentException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String where = e instanceof JacksonException j ? JsonPaths.of(j.getPath()) : "";
            throw problem(where.isEmpty() ? "record" : "record." + where, messages.text("notAccepted", cause.getMessage()));
        }
    }

    private static List<SignedVersion> checkContent(Envelope envelope, Notice notice, int formatVersion,
                                                    InterchangeMessages messages) throws InterchangeException {
        List<InterchangeProblem> problems = new ArrayList<>();
        checkRegisterIds(notice, "notice", problems, messages);
        checkSystemKeys(notice, "notice", problems, messages);
        DateRange.check(notice, "notice", problems, messages);
        checkLimits(notice, "notice", problems, messages);
        List<SignedVersion> versions = new ArrayList<>();
        for (int i = 0; i < envelope.signOffs().size(); i++) {
            SignOffEntry entry = envelope.signOffs().get(i);
            String path = "signOffs[" + i + "]";
            if (entry.version() != i + 1) {
                problems.add(new InterchangeProblem(path + ".version", messages.text("versionOutOfOrder", entry.version(), i + 1)));
            }
            DateRange.check(entry.signedAt(), path + ".signedAt", problems, messages);
            if (entry.recordSha256() != null && !entry.recordSha256().equals(entry.digest())) {
                problems.add(new InterchangeProblem(path + ".recordSha256", messages.text("recordMismatch")));
            }
            String signedJson = new String(NoticeJson.compactBytes(CanonicalForm.notice(entry.content(), entry.contentFormat())),
                    StandardCharsets.UTF_8);
            if (!NoticeJson.sha256(signedJson.getBytes(StandardCharsets.UTF_8)).equals(entry.contentSha256())) {
                problems.add(new InterchangeProblem(path + ".contentSha256", messages.text("fingerprintMismatch")));
                continue;
            }
            Notice content = bindNotice(NoticeJson.upgradeSigned(entry.content().deepCopy(), entry.contentFormat()),
                    path + ".content", messages);
            checkRegisterIds(content, path + ".content", problems, messages);
            checkSystemKeys(content, path + ".content", problems, messages);
            checkLimits(content, path + ".content", problems, messages);
            if (problems.isEmpty()) {
                versions.add(new SignedVersion(
                        new SignOff(entry.version(), entry.signedAt(), entry.signer(), OwnerTextsFormat3.read(entry.signerRole()), entry.contentSha256()),
                        content, signedJson, entry.contentFormat()));
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

    /** Every key a register names is one of the business's systems (docs/decisions/0021). */
    private static void checkSystemKeys(Notice notice, String path, List<InterchangeProblem> problems,
                                        InterchangeMessages messages) {
        Set<String> keys = new HashSet<>();
        notice.systems().forEach(s -> keys.add(s.key()));
        List<Register> registers = notice.registers();
        for (int i = 0; i < registers.size(); i++) {
            List<String> named = registers.get(i).systemKeys();
            for (int j = 0; j < named.size(); j++) {
                if (!keys.contains(named.get(j))) {
                    problems.add(new InterchangeProblem(path + ".registers[" + i + "].systemKeys[" + j + "]",
                            messages.text("unknownSystemKey", named.get(j))));
                }
            }
        }
    }

    /**
     * The limits of the domain (docs/decisions/0016): the schema of format 2 has them already, this also holds them
     * for a format 1 file, whose schema has none, and for content signed in form 1, so that nothing imported is
     * larger than the export is made for. Paths are those of the notice as format 2 names it.
     */
    private static void checkLimits(Notice notice, String path, List<InterchangeProblem> problems,
                                    InterchangeMessages messages) {
        for (NoticeLimits.Excess excess : NoticeLimits.excesses(notice)) {
            String where = path + excess.path().substring("notice".length());
            problems.add(new InterchangeProblem(where,
                    messages.text(excess.isList() ? "tooMany" : "tooLong", excess.size(), excess.max())));
        }
    }

    private static InterchangeException problem(String path, String message) {
        return new InterchangeException(List.of(new InterchangeProblem(path, message)));
    }

    /** The document as it is written, its properties in this order. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Envelope(String format, int formatVersion, JsonNode notice, List<SignOffEntry> signOffs, JsonNode record) {
        Envelope {
            signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
        }
    }

    /**
     * A signed version: content is the notice exactly as it was signed, in the JSON form contentFormat (form 1 files
     * have no contentFormat: all their content is form 1), so its fingerprint is checked over the bytes that were
     * signed, whatever today's records look like. A form-1 file's entries get contentFormat 1 before binding.
     * recordSha256 ({@link SignOffDigest}) covers the record itself; Seloste always writes it, and checks it when a
     * file has it (files written before it was added have none).
     */
    record SignOffEntry(int version, Instant signedAt, String signer, JsonNode signerRole, String contentSha256,
                        int contentFormat, String recordSha256, JsonNode content) {
        static SignOffEntry of(SignedVersion signed) {
            SignOff s = signed.signOff();
            JsonNode content = NoticeJson.mapper().readTree(signed.signedJson());
            JsonNode role = NoticeJson.mapper().valueToTree(s.signerRole());
            return new SignOffEntry(s.version(), s.signedAt(), s.signer(), role, s.contentSha256(),
                    signed.contentFormat(), SignOffDigest.of(s.version(), s.signedAt(), s.signer(), role,
                    s.contentSha256(), signed.contentFormat()), content);
        }

        /** What recordSha256 must be for this record. */
        String digest() {
            return SignOffDigest.of(version, signedAt, signer, signerRole, contentSha256, contentFormat);
        }
    }
}
