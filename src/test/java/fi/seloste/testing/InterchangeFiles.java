package fi.seloste.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.interchange.NoticeJson;
import fi.seloste.seeds.SeedNotices;

/**
 * Interchange documents for tests to damage: the physiotherapy seed published in Finnish and English, signed off
 * once, exactly as export-json writes it (pretty-printed, properties in the schema's order).
 */
public final class InterchangeFiles {

    public static final Instant SIGNED_AT = Instant.parse("2026-11-22T10:15:30Z");
    public static final String SIGNER = "Veera Westerholm";
    public static final String ROLE = "yrittäjä";

    private InterchangeFiles() {
    }

    public static Notice notice() {
        Notice seed = SeedNotices.physiotherapy();
        NoticeSettings s = seed.settings();
        NoticeSettings bilingual = new NoticeSettings(EnumSet.of(Language.FI, Language.EN), s.nextReview(),
                s.introduction(), s.rightsInstructions(), s.drawnUp(), s.lastUpdated());
        return seed.withSettings(bilingual); // the business's systems, security and cookies kept
    }

    public static InterchangeDocument document() {
        return document(SIGNED_AT);
    }

    public static InterchangeDocument document(Instant signedAt) {
        Notice notice = notice();
        String signed = new String(NoticeJson.canonicalBytes(notice), StandardCharsets.UTF_8);
        SignOff signOff = new SignOff(1, signedAt, SIGNER, LocalizedText.finnish(ROLE), NoticeJson.fingerprint(notice));
        return new InterchangeDocument(notice, List.of(new SignedVersion(signOff, notice, signed, NoticeJson.FORMAT)));
    }

    /** The document's text, as export-json writes it. */
    public static String signedSeed() {
        return signedSeed(SIGNED_AT);
    }

    public static String signedSeed(Instant signedAt) {
        return new String(NoticeInterchange.write(document(signedAt)), StandardCharsets.UTF_8);
    }
}
