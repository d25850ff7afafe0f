package fi.seloste.export;

import java.time.LocalDate;
import java.time.ZoneId;

import fi.seloste.domain.SignOff;

/**
 * What the exported notice says about itself in its footer and metadata: the date it was drafted or last changed,
 * its version number, and for a signed version the sign-off (signer, role, SHA-256), which adds a sign-off block.
 * All are optional (null). The date is also the PDF's creation and modification date, so that the same notice with
 * the same meta always gives the same bytes. draft: the caller found errors in the completeness check, so every
 * page says the notice is a draft. reissued: a signed version rendered again with today's wording, which its
 * sign-off block then says.
 */
public record NoticeMeta(LocalDate date, Integer version, SignOff signOff, boolean draft, boolean reissued) {

    /** No date, no version: the footer line is left out. */
    public static final NoticeMeta NONE = new NoticeMeta(null, null);

    public NoticeMeta(LocalDate date, Integer version) {
        this(date, version, null);
    }

    public NoticeMeta(LocalDate date, Integer version, SignOff signOff) {
        this(date, version, signOff, false, false);
    }

    /** A signed version as it is exported: dated on its sign-off day (in Finland), with its number and block. */
    public static NoticeMeta signed(SignOff signOff) {
        return new NoticeMeta(signOff.signedAt().atZone(ZoneId.of("Europe/Helsinki")).toLocalDate(), signOff.version(), signOff);
    }

    /**
     * A signed version's documents rendered again: dated at its sign-off, and marked as reissued (today's wording)
     * when nothing was archived at its sign-off (a version signed before Seloste kept its documents).
     */
    public static NoticeMeta signedVersion(SignOff signOff, java.util.List<fi.seloste.domain.ArchivedDocument> archived) {
        return signed(signOff).withReissued(archived.isEmpty());
    }

    public NoticeMeta {
        if (version != null && version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        if (reissued && signOff == null) {
            throw new IllegalArgumentException("only a signed version can be reissued");
        }
    }

    /** The same meta, marked as a draft (the completeness check has errors) or not. */
    public NoticeMeta withDraft(boolean value) {
        return new NoticeMeta(date, version, signOff, value, reissued);
    }

    /** The same signed version, marked as rendered again with today's wording or not. */
    public NoticeMeta withReissued(boolean value) {
        return new NoticeMeta(date, version, signOff, draft, value);
    }
}
