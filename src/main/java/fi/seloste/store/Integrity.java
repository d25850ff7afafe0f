package fi.seloste.store;

import static fi.seloste.store.generated.Tables.INTEGRITY;
import static fi.seloste.store.generated.Tables.SIGN_OFF;
import static fi.seloste.store.generated.Tables.SIGN_OFF_DOCUMENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import fi.seloste.domain.Notice;
import fi.seloste.interchange.NoticeJson;
import fi.seloste.store.generated.tables.records.IntegrityRecord;
import fi.seloste.store.generated.tables.records.SignOffDocumentRecord;
import fi.seloste.store.generated.tables.records.SignOffRecord;

import org.jooq.DSLContext;

/**
 * The file's own checksum of what it holds. H2 checks the frame of its pages, not the values in them, so a byte
 * changed on the disk (bit rot, a bad sector, a faulty USB stick) would otherwise be read as the owner's text. Every
 * change rewrites the checksum in the same transaction; opening the file recomputes and compares it.
 * <p>The working notice (with the record of processing, when the file has one) and the signed part (every sign-off record with its signer, role and time, the signed
 * content and every archived document) have a checksum each, so that a save does not rehash the archive.
 */
final class Integrity {

    /** What the checksum row says about the last save. */
    record LastSave(long saves, Instant savedAt) {
    }

    private Integrity() {
    }

    /**
     * Rewrites the checksum of the working notice after a change, in the same transaction, and the signed part's too
     * when {@code signedPartChanged} (a sign-off, an import, a file that had no checksum row).
     */
    static void afterChange(DSLContext tx, Notice current, boolean signedPartChanged) {
        IntegrityRecord row = tx.fetchOne(INTEGRITY, INTEGRITY.ID.eq(1));
        if (row == null) {
            row = tx.newRecord(INTEGRITY);
            row.setId(1);
            row.setSaves(0L);
            signedPartChanged = true;
        }
        if (signedPartChanged) {
            row.setSignedSha256(signedDigest(tx));
        }
        row.setContentSha256(workingDigest(tx, current));
        row.setSaves(row.getSaves() + 1);
        row.setSavedAt(Instant.now().atOffset(ZoneOffset.UTC));
        row.store();
    }

    /** The last save, if the file has a checksum row. */
    static Optional<LastSave> lastSave(DSLContext db) {
        IntegrityRecord row = db.fetchOne(INTEGRITY, INTEGRITY.ID.eq(1));
        return row == null ? Optional.empty() : Optional.of(new LastSave(row.getSaves(), row.getSavedAt().toInstant()));
    }

    /** What migration V10 leaves as the working checksum: the notice's JSON form changed, so it is taken again. */
    static final String AFTER_FORMAT_10_UPGRADE = "upgraded-to-format-10" + "0".repeat(43);

    /** Whether an upgrade left the working checksum to be taken again on this open. */
    static boolean awaitsWorkingChecksum(DSLContext db) {
        IntegrityRecord row = db.fetchOne(INTEGRITY, INTEGRITY.ID.eq(1));
        return row != null && AFTER_FORMAT_10_UPGRADE.equals(row.getContentSha256());
    }

    /** Whether the file holds a checksum row at all (files upgraded from format 5 get theirs on the first edit open). */
    static boolean present(DSLContext db) {
        return db.fetchExists(INTEGRITY, INTEGRITY.ID.eq(1));
    }

    /** Whether what the file holds still matches its checksums; a missing row does not match. */
    static boolean holds(DSLContext db, Notice current) {
        return holds(db, current, NoticeJson.canonicalBytes(current), signOffRows(db));
    }

    /**
     * As {@link #holds(DSLContext, Notice)}, over the notice's canonical JSON and the sign-off rows the caller has
     * already (a file opened only to read keeps them: they are what it then answers with).
     */
    static boolean holds(DSLContext db, Notice current, byte[] canonical, List<SignOffRecord> signOffRows) {
        IntegrityRecord row = db.fetchOne(INTEGRITY, INTEGRITY.ID.eq(1));
        return row != null && workingHolds(db, current, canonical, row.getContentSha256())
                && row.getSignedSha256().equals(signedDigest(db, signOffRows));
    }

    /** Every sign-off row, oldest first, as the signed part's checksum takes them. */
    static List<SignOffRecord> signOffRows(DSLContext db) {
        return db.selectFrom(SIGN_OFF).orderBy(SIGN_OFF.VERSION).fetch();
    }

    /**
     * A file upgraded to format 9 from format 7 or older holds the checksum of the notice as JSON form 2 wrote it (roles and names
     * as one string) until it is saved again; the Finnish text is all such a file can hold in those fields.
     */
    private static boolean workingHolds(DSLContext db, Notice current, byte[] canonical, String recorded) {
        if (recorded.equals(workingDigest(db, canonical))) {
            return true;
        }
        return NoticeJson.canonicalBytesOfForm2(current).map(form2 -> recorded.equals(workingDigest(db, form2)))
                .orElse(false);
    }

    /**
     * Over the notice's canonical JSON, and the record of processing's row after it when there is one (format 7),
     * then the marks from an old notice still to check (format 11): a file without a record keeps the checksum it had
     * in format 6, one without marks the checksum it had in format 10.
     */
    private static String workingDigest(DSLContext db, Notice notice) {
        return workingDigest(db, NoticeJson.canonicalBytes(notice));
    }

    private static String workingDigest(DSLContext db, byte[] canonical) {
        Optional<String> record = RecordRows.json(db);
        Optional<java.util.List<String>> marks = OldNoticeMarkRows.checksummed(db);
        if (record.isEmpty() && marks.isEmpty()) {
            return NoticeJson.sha256(canonical);
        }
        MessageDigest digest = sha256();
        field(digest, canonical);
        record.ifPresent(json -> field(digest, json));
        // Format 11: the marks still to check, after a word no record's JSON (which starts with '{') can be.
        marks.ifPresent(fields -> {
            field(digest, "old-notice-marks");
            fields.forEach(value -> field(digest, value));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Over every sign-off row field by field and every archived document, in key order, each field length-prefixed. */
    static String signedDigest(DSLContext db) {
        return signedDigest(db, signOffRows(db));
    }

    private static String signedDigest(DSLContext db, List<SignOffRecord> signOffRows) {
        MessageDigest digest = sha256();
        for (SignOffRecord row : signOffRows) {
            field(digest, Integer.toString(row.getVersion()));
            field(digest, row.getSignedAt().toInstant().toString());
            field(digest, row.getSigner());
            field(digest, row.getSignerRoleFi());
            // Swedish and English roles came with format 9; a version without them keeps the checksum it had.
            if (!row.getSignerRoleSv().isEmpty() || !row.getSignerRoleEn().isEmpty()) {
                field(digest, row.getSignerRoleSv());
                field(digest, row.getSignerRoleEn());
            }
            field(digest, row.getContentSha256());
            field(digest, Integer.toString(row.getContentFormat()));
            field(digest, row.getContent());
        }
        for (SignOffDocumentRecord row : db.selectFrom(SIGN_OFF_DOCUMENT)
                .orderBy(SIGN_OFF_DOCUMENT.VERSION, SIGN_OFF_DOCUMENT.LANGUAGE, SIGN_OFF_DOCUMENT.KIND).fetch()) {
            field(digest, Integer.toString(row.getVersion()));
            field(digest, row.getLanguage());
            field(digest, row.getKind());
            field(digest, row.getContent());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        field(digest, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest digest, byte[] value) {
        digest.update(HexFormat.of().formatHex(new byte[] {
                (byte) (value.length >>> 24), (byte) (value.length >>> 16), (byte) (value.length >>> 8), (byte) value.length})
                .getBytes(StandardCharsets.US_ASCII));
        digest.update(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
