package fi.seloste.store;

import static fi.seloste.store.generated.Tables.SIGN_OFF;
import static fi.seloste.store.generated.Tables.SIGN_OFF_DOCUMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import fi.seloste.domain.Language;
import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;
import fi.seloste.interchange.NoticeJson;
import fi.seloste.store.generated.tables.records.SignOffDocumentRecord;
import fi.seloste.store.generated.tables.records.SignOffRecord;

import org.jooq.DSLContext;

/** Sign-off versions. Rows are only ever inserted; nothing in Seloste updates or deletes them. */
final class SignOffRows {

    static final LocalizedColumns SIGNER_ROLE =
            new LocalizedColumns(SIGN_OFF.SIGNER_ROLE_FI, SIGN_OFF.SIGNER_ROLE_SV, SIGN_OFF.SIGNER_ROLE_EN);

    private SignOffRows() {
    }

    static SignedVersion insert(DSLContext db, Notice content, String signer, LocalizedText signerRole, Instant at) {
        byte[] json = NoticeJson.canonicalBytes(content);
        int version = db.select(coalesce(max(SIGN_OFF.VERSION), 0)).from(SIGN_OFF).fetchSingle().value1() + 1;
        SignOff signOff = new SignOff(version, at, signer, signerRole, sha256(json));
        SignOffRecord row = db.newRecord(SIGN_OFF);
        row.setVersion(version);
        row.setSignedAt(at.atOffset(ZoneOffset.UTC));
        row.setSigner(signer);
        SIGNER_ROLE.write(row, signOff.signerRole());
        row.setContentSha256(signOff.contentSha256());
        row.setContentFormat(NoticeJson.FORMAT);
        row.setContent(new String(json, StandardCharsets.UTF_8));
        row.insert();
        return new SignedVersion(signOff, content, row.getContent(), NoticeJson.FORMAT);
    }

    static void archive(DSLContext db, int version, List<ArchivedDocument> documents) {
        for (ArchivedDocument document : documents) {
            SignOffDocumentRecord row = db.newRecord(SIGN_OFF_DOCUMENT);
            row.setVersion(version);
            row.setLanguage(document.language().tag());
            row.setKind(document.kind().name());
            row.setContent(document.content());
            row.insert();
        }
    }

    static List<ArchivedDocument> archivedAll(DSLContext db, int version) {
        return db.selectFrom(SIGN_OFF_DOCUMENT).where(SIGN_OFF_DOCUMENT.VERSION.eq(version))
                .orderBy(SIGN_OFF_DOCUMENT.LANGUAGE, SIGN_OFF_DOCUMENT.KIND)
                .fetch(row -> new ArchivedDocument(Language.fromTag(row.getLanguage()),
                        ArchivedDocument.Kind.valueOf(row.getKind()), row.getContent()));
    }

    static Optional<ArchivedDocument> archived(DSLContext db, int version, Language language, ArchivedDocument.Kind kind) {
        SignOffDocumentRecord row = db.fetchOne(SIGN_OFF_DOCUMENT, SIGN_OFF_DOCUMENT.VERSION.eq(version)
                .and(SIGN_OFF_DOCUMENT.LANGUAGE.eq(language.tag())).and(SIGN_OFF_DOCUMENT.KIND.eq(kind.name())));
        return row == null ? Optional.empty() : Optional.of(new ArchivedDocument(language, kind, row.getContent()));
    }

    /**
     * Stores a signed version taken from elsewhere (an import) with the bytes it was signed with; its fingerprint
     * must match them.
     */
    static void insert(DSLContext db, SignedVersion signed) {
        byte[] json = signed.signedJson().getBytes(StandardCharsets.UTF_8);
        SignOff signOff = signed.signOff();
        if (!sha256(json).equals(signOff.contentSha256())) {
            throw new IllegalArgumentException("Version " + signOff.version() + " does not match its SHA-256 fingerprint");
        }
        SignOffRecord row = db.newRecord(SIGN_OFF);
        row.setVersion(signOff.version());
        row.setSignedAt(signOff.signedAt().atOffset(ZoneOffset.UTC));
        row.setSigner(signOff.signer());
        SIGNER_ROLE.write(row, signOff.signerRole());
        row.setContentSha256(signOff.contentSha256());
        row.setContentFormat(signed.contentFormat());
        row.setContent(signed.signedJson());
        row.insert();
    }

    static List<SignOff> readAll(DSLContext db) {
        return db.selectFrom(SIGN_OFF).orderBy(SIGN_OFF.VERSION).fetch(SignOffRows::signOff);
    }

    static List<SignedVersion> readAllVersions(DSLContext db) {
        return db.selectFrom(SIGN_OFF).orderBy(SIGN_OFF.VERSION).fetch(SignOffRows::signedVersion);
    }

    /** The signed content of a version, checked against its fingerprint. */
    static Optional<SignedVersion> read(DSLContext db, int version) {
        SignOffRecord row = db.fetchOne(SIGN_OFF, SIGN_OFF.VERSION.eq(version));
        return row == null ? Optional.empty() : Optional.of(signedVersion(row));
    }

    private static SignedVersion signedVersion(SignOffRecord row) {
        int version = row.getVersion();
        byte[] json = row.getContent().getBytes(StandardCharsets.UTF_8);
        if (!sha256(json).equals(row.getContentSha256())) {
            throw new IllegalStateException("Signed version " + version + " no longer matches its SHA-256 fingerprint");
        }
        return new SignedVersion(signOff(row), NoticeJson.readSigned(json, row.getContentFormat()), row.getContent(),
                row.getContentFormat());
    }

    static SignOff signOff(SignOffRecord row) {
        return new SignOff(row.getVersion(), row.getSignedAt().toInstant(), row.getSigner(), SIGNER_ROLE.read(row),
                row.getContentSha256());
    }

    static String sha256(byte[] content) {
        return NoticeJson.sha256(content);
    }
}
