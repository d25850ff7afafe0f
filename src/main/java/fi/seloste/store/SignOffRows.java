package fi.seloste.store;

import static fi.seloste.store.generated.Tables.SIGN_OFF;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.interchange.NoticeJson;
import fi.seloste.store.generated.tables.records.SignOffRecord;

import org.jooq.DSLContext;

/** Sign-off versions. Rows are only ever inserted; nothing in Seloste updates or deletes them. */
final class SignOffRows {

    private SignOffRows() {
    }

    static SignOff insert(DSLContext db, Notice content, String signer, String signerRole, Instant at) {
        byte[] json = NoticeJson.canonicalBytes(content);
        int version = db.select(coalesce(max(SIGN_OFF.VERSION), 0)).from(SIGN_OFF).fetchSingle().value1() + 1;
        SignOff signOff = new SignOff(version, at, signer, signerRole, sha256(json));
        SignOffRecord row = db.newRecord(SIGN_OFF);
        row.setVersion(version);
        row.setSignedAt(at.atOffset(ZoneOffset.UTC));
        row.setSigner(signer);
        row.setSignerRole(signOff.signerRole());
        row.setContentSha256(signOff.contentSha256());
        row.setContentFormat(NoticeJson.FORMAT);
        row.setContent(new String(json, StandardCharsets.UTF_8));
        row.insert();
        return signOff;
    }

    static List<SignOff> readAll(DSLContext db) {
        return db.selectFrom(SIGN_OFF).orderBy(SIGN_OFF.VERSION).fetch(SignOffRows::signOff);
    }

    /** The signed content of a version, checked against its fingerprint. */
    static Optional<SignedVersion> read(DSLContext db, int version) {
        SignOffRecord row = db.fetchOne(SIGN_OFF, SIGN_OFF.VERSION.eq(version));
        if (row == null) {
            return Optional.empty();
        }
        byte[] json = row.getContent().getBytes(StandardCharsets.UTF_8);
        if (!sha256(json).equals(row.getContentSha256())) {
            throw new IllegalStateException("Signed version " + version + " no longer matches its SHA-256 fingerprint");
        }
        return Optional.of(new SignedVersion(signOff(row), NoticeJson.read(json)));
    }

    private static SignOff signOff(SignOffRecord row) {
        return new SignOff(row.getVersion(), row.getSignedAt().toInstant(), row.getSigner(), row.getSignerRole(),
                row.getContentSha256());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
